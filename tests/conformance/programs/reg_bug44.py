# Regression: a difference from CPython found by programs written outside this repository.
def inner():
    try:
        yield 1
    except ValueError:
        return "inner handled"
def outer():
    r = yield from inner()
    print("yield from ->", r)
    yield 2
g = outer()
next(g)
print(g.throw(ValueError))
