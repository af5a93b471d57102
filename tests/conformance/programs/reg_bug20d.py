# Regression: a difference from CPython found by programs written outside this repository.
def f():
    retrun 5
