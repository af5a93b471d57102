# Regression: a difference from CPython found by programs written outside this repository.
data = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(data), 0)))
