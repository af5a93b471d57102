# Regression: a difference from CPython found by programs written outside this repository.
def h():
    for i in range(3):
        try:
            return i
        finally:
            continue
    return "end"
print(h())
