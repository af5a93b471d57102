# Regression: a difference from CPython found by programs written outside this repository.
def log(msg):
    print("log:", msg)
def gen():
    try:
        yield 1
    finally:
        log("closing")
g = gen()
next(g)
print("end")
