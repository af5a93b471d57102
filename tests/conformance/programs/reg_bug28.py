# Regression: a difference from CPython found by programs written outside this repository.
r = range(2, 20, 3)
print(r.start, r.stop, r.step)
print(r.index(8), r.count(5))
