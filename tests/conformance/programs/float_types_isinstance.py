items = [1, 1.0, True, "1.0", None, 2 ** 70, 1e300, -0.0]
for it in items:
    print(repr(it), type(it).__name__, isinstance(it, float), isinstance(it, (int, float)))
print(type(3 / 1), type(3 // 1), type(3.0 // 1), type(2 ** -1), type(2 ** 2))
print(type(1.5), type(float("1")))
print(isinstance(1.5, int), isinstance(True, (float, str)))
print(type(0.1 + 0.2).__name__, type(1e3).__name__, type(int(1e3)).__name__)
print(isinstance(float("inf"), float), isinstance(float("nan"), (int, str)))
print(type(sum([1.0, 2])).__name__, type(sum([1, 2])).__name__, type(max(1, 2.0)).__name__)
print(type(abs(-2.0)).__name__, type(abs(-2)).__name__, type(round(2.0)).__name__)
