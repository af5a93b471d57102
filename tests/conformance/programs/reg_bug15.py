# Regression: a difference from CPython found by programs written outside this repository.
print({1, 9, 17, 33})
print({0, 8, 16, 24, 32})
for x in {1, 9, 17, 33}:
    print(x, end=" ")
print()
