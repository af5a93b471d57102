# Regression: a difference from CPython found by programs written outside this repository.
def f(**kw):
    return kw
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
