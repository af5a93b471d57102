# Regression: a difference from CPython found by programs written outside this repository.
print(0 ** 2**70, 1 ** 2**70, (-1) ** 2**70, True ** 2**70)
