cases = [("101", 2), ("777", 8), ("ff", 16), ("FF", 16), ("zz", 36), ("-1a", 16), ("  12 ", 10)]
for s, b in cases:
    print(repr(s), b, int(s, b))
print(int("0x10", 0), int("0o10", 0), int("0b10", 0), int("10", 0))
print(int("0x10", 16), int("1_000", 10), int("1_0", 0))
print(int("-0"), int("+0"), int("000123"))
for bad in ["abc", "1.5", "", "12a", "0x10"]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("2", 2)
except ValueError as e:
    print(e)
try:
    int("g", 16)
except ValueError as e:
    print(e)
print(int(5.999), int(-5.999), int(1e20))
print(int("1" * 40))
