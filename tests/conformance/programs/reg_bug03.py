# Regression: a difference from CPython found by programs written outside this repository.
s = "a\x00bc"
print([ord(c) for c in s], s == "a" + chr(0) + "bc")
