excs = [ValueError("bad value"), ValueError(), KeyError("k"), KeyError(), IndexError("idx"),
        RuntimeError("x", 1), TypeError(42), ZeroDivisionError("division by zero"),
        Exception("a", "b"), StopIteration(5), StopIteration(), AssertionError()]
for e in excs:
    print(type(e).__name__, "| str:", repr(str(e)), "| repr:", repr(e))
try:
    raise ValueError
except ValueError as e:
    print("bare class raise:", repr(e), repr(str(e)))
try:
    raise KeyError("multi word key")
except KeyError as e:
    print(e)
try:
    {}["x"]
except KeyError as e:
    print(str(e), repr(e))
