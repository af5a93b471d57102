# Regression: a difference from CPython found by programs written outside this repository.
def gen():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
            yield 2
    finally:
        print("outer finally")
g = gen()
next(g)
print("end")
