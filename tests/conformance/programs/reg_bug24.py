# Regression: a difference from CPython found by programs written outside this repository.
class A:
    "A docstring"
def f():
    "f docstring"
print(A.__doc__)
print(f.__doc__)
