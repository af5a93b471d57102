# collections.abc: what is iterable, what is an iterator, what is a generator.
from collections.abc import Iterable, Iterator, Generator, Sized, Callable, Hashable
from collections import deque


def gen():
    yield 1


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Bag:
    def __iter__(self):
        return iter([1, 2])


things = [[1, 2], (1,), "abc", {"a": 1}, {1}, range(3), gen(), iter([1]), Countdown(2),
          Bag(), 42, deque(), map(str, [1]), zip([1], [2])]
for t in things:
    print(f"{type(t).__name__:10} iterable={isinstance(t, Iterable)} iterator={isinstance(t, Iterator)}"
          f" generator={isinstance(t, Generator)} sized={isinstance(t, Sized)}")
print(isinstance(len, Callable), isinstance(gen, Callable), isinstance(5, Callable))
print(isinstance([], Hashable), isinstance((), Hashable), isinstance(Countdown(1), Hashable))
print(issubclass(list, Iterable), issubclass(Countdown, Iterator), issubclass(int, Sized))
try:
    issubclass(3, Iterable)
except TypeError as e:
    print(type(e).__name__ + ":", e)
