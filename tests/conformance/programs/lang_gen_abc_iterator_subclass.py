# Subclassing collections.abc.Iterator: __iter__ comes for free, isinstance checks
# work, and a subclass extends __next__ through super().
from collections.abc import Iterator, Iterable


class Fib(Iterator):
    def __init__(self, limit):
        super().__init__()
        self.a, self.b, self.limit = 0, 1, limit

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


class EvenFib(Fib):
    def __next__(self):
        while (value := super().__next__()) % 2:
            pass
        return value


print(list(Fib(50)), list(EvenFib(1000)))
f = Fib(3)
print(iter(f) is f, isinstance(f, Iterator), isinstance(f, Iterable))
print([k.__name__ for k in EvenFib.__mro__][:3])
e = EvenFib(10)
print(next(e), next(e), list(e))
