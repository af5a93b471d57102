# A wrapper that counts how many values a generator function's generators yield.
import functools


def counting(genfunc):
    def wrapper(*args):
        count = 0
        for value in genfunc(*args):
            count += 1
            yield value
        print(f"{genfunc.__name__} yielded {count} values")
    return functools.wraps(genfunc)(wrapper)


def evens(limit):
    """Even numbers below limit."""
    for n in range(0, limit, 2):
        yield n


evens = counting(evens)
print(evens.__name__, evens.__doc__)
print(sum(evens(10)))
print(list(evens(5)))
g = evens(4)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("done")
try:
    list(evens("x"))
except TypeError as e:
    print(type(e).__name__ + ":", e)
