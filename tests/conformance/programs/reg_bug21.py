# Regression: a difference from CPython found by programs written outside this repository.
d = {"a": 1, "b": 2}
print(d.keys() & {"a", "z"}, d.keys() - {"a"}, sorted(d.keys() | {"c"}))
