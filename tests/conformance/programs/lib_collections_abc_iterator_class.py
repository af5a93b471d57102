# Deriving from collections.abc.Iterator: __iter__ comes for free.
from collections.abc import Iterator, Iterable


class Fib(Iterator):
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


f = Fib(50)
print(iter(f) is f, isinstance(f, Iterator), isinstance(f, Iterable))
print(list(f))
print(list(f))
print(sum(Fib(100)), max(Fib(10)))
g = Fib(3)
print(next(g), next(g), next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e))
