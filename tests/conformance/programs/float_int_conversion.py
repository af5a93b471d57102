print(int(3.9), int(-3.9), int(0.9999), int(-0.1))
print(int(1e10), int(2.5e15), int(1.7976931348623157e308) > 10 ** 307)
print(float(1), float(10 ** 20), float(-5))
print(int(float(2 ** 53)), int(float(2 ** 53 + 1)))
print(int("42") + 0.5, float("42") + 1)
print(3.0 == 3, int(3.0) == 3, type(int(3.0)).__name__)
print(7 / 7, 6 / 3, type(6 / 3).__name__)
print(10 ** 20 / 10 ** 10, 1 / 3 * 3)
print(2 ** 0.5 * 2 ** 0.5)
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 1e-5]:
    print(x, int(x), round(x), float(int(x)))
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    float("")
except ValueError as e:
    print("ValueError:", e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("caught", type(e).__name__)
try:
    print(10 ** 400 / 1.0)
except OverflowError as e:
    print("OverflowError:", e)
