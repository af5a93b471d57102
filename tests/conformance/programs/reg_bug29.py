# Regression: a difference from CPython found by programs written outside this repository.
a = list(range(10))
print(a[slice(1, 4)], a[slice(None, None, -3)])
