# Regression: a difference from CPython found by programs written outside this repository.
def g():
    yield 1
    raise KeyError("from gen")
it = g()
next(it)
try:
    raise ValueError("outer")
except ValueError:
    try:
        next(it)
    except KeyError as e:
        print(repr(e.__context__))
