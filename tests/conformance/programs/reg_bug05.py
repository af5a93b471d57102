# Regression: a difference from CPython found by programs written outside this repository.
print("bye")
raise SystemExit(3)
