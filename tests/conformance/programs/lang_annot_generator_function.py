# Annotated generator functions with collections.abc: the annotations are evaluated
# when the def runs and kept in __annotations__, and change nothing else.
from collections.abc import Iterable, Iterator, Generator


def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1


def averager() -> Generator[float, float, None]:
    total, count, average = 0.0, 0, None
    while True:
        value: float = yield average
        total += value
        count += 1
        average = total / count


def total(values: Iterable[int], *, start: int = 0) -> int:
    return sum(values, start)


print(list(countdown(3)), total(countdown(4), start=100))
print(countdown.__annotations__)
print(total.__annotations__)
avg = averager()
next(avg)
print(avg.send(10), avg.send(20), avg.send(0))
print(averager.__annotations__["return"])
print(isinstance(countdown(1), Iterator), isinstance(countdown(1), Generator))


def untyped(a, b=2):
    return a + b


print(untyped.__annotations__, untyped(1))
untyped.__annotations__ = {"a": int}
print(untyped.__annotations__)
try:
    untyped.__annotations__ = None
except TypeError as e:
    print(type(e).__name__, e)
