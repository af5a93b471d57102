# Regression: a difference from CPython found by programs written outside this repository.
d = {"a": 1}
d |= [("b", 2)]
print(d)
