# Regression: a difference from CPython found by programs written outside this repository.
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("done")
        return self.n
def g():
    r = yield from Counter()
    print("yield from returned", repr(r))
print(list(g()))
