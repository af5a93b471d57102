# Regression: a difference from CPython found by programs written outside this repository.
def h():
    for x in range(2):
        for i in range(3):
            try:
                return "a"
            finally:
                break
        print("after inner", x)
    return "c"
print(h())
