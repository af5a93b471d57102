# Regression: a difference from CPython found by programs written outside this repository.
class Oops(Exception):
    pass
def gen():
    try:
        try:
            yield 1
        finally:
            yield 2
    except Oops:
        pass
    finally:
        print("outer finally")
g = gen()
next(g)
print("end")
