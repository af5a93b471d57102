print(int("0"), int("-0"), int("00"), int("0b101", 2), int("0o17", 8), int("0X1f", 16))
print(int("Z", 36), int("10", 36), int("11", 3), int("-ff", 16))
print(str(0), str(-0), str(10 ** 20), str(-(2 ** 65)))
for s in ["12", " 12", "12 ", "1 2", "1e3", "0x12", "--1", "+-1"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(1.5, 10)
except TypeError as e:
    print("TypeError:", e)
