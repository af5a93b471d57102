# Regression: a difference from CPython found by programs written outside this repository.
class A:
    def m(self):
        pass
a = A()
print(a.m == a.m, a.m != a.m)
