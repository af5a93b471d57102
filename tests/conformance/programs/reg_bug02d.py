# Regression: a difference from CPython found by programs written outside this repository.
def k(n):
    x = 0
    while x < n:
        x += 1
        try:
            return x
        finally:
            continue
    return "done"
print(k(100000))
