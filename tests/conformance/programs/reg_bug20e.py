# Regression: a difference from CPython found by programs written outside this repository.
print(1 2)
