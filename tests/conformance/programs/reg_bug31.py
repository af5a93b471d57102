# Regression: a difference from CPython found by programs written outside this repository.
def g():
    try:
        yield 1
    except ValueError as e:
        print("caught", e.args)
        yield 2
it = g()
next(it)
it.throw(ValueError, ValueError("inst"))
