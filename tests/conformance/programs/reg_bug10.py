# Regression: a difference from CPython found by programs written outside this repository.
def src():
    try:
        yield 1
        yield 0
    finally:
        print("src cleanup")
try:
    print(sum(10 // x for x in src()))
except ZeroDivisionError as e:
    print("handler:", e)
print("end")
