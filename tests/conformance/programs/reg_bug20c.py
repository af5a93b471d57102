# Regression: a difference from CPython found by programs written outside this repository.
items = [1, 2,
total = 3
