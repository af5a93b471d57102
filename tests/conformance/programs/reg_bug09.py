# Regression: a difference from CPython found by programs written outside this repository.
def g(n):
    try:
        yield n
    finally:
        print("fin", n)
def f():
    a = g("a")
    b = g("b")
    c = g("c")
    next(a); next(b); next(c)
f()
print("end")
