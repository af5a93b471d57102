# Regression: a difference from CPython found by programs written outside this repository.
e = ValueError(1, 2)
e.args = ("new",)
print(e, repr(e))
