vals = [1, -1.5, "s", True, None, [1], (1,), {"a": 1}, {1}, range(2), 2 ** 100]
for v in vals:
    print(type(v).__name__, type(v))
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("x", (list, tuple)), isinstance([], (list, tuple)), isinstance(None, type(None)))
print(type(1) == int, type(True) == int, type(True) is bool, type([]) is list)
def g():
    yield 1
print(type(g()).__name__, type(g).__name__)
print(type(x for x in []).__name__, type(g()) is type(x for x in []))
print(type(int).__name__, type(type(1)).__name__)
print(isinstance(ValueError("x"), Exception), isinstance(KeyError(), (ValueError, LookupError)))
print(type(ValueError("x")).__name__, type(ZeroDivisionError()))
