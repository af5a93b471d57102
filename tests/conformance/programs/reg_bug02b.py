# Regression: a difference from CPython found by programs written outside this repository.
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): print("exit")
def f():
    with CM():
        try:
            return "a"
        finally:
            return "b"
print(f())
