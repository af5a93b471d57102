# functools.wraps without decorator syntax: a logging wrapper keeps the name and doc.
import functools


def logged(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("returned", type(result).__name__)
        return result
    return functools.wraps(func)(wrapper)


def add(a, b=0):
    """Add two numbers."""
    return a + b


add = logged(add)
print(add(2, b=3))
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
print(add.__qualname__)


def countdown(n):
    """Count down from n."""
    while n > 0:
        yield n
        n -= 1


countdown = logged(countdown)
g = countdown(3)
print(list(g), countdown.__name__, countdown.__doc__)
try:
    add()
except TypeError as e:
    print(type(e).__name__ + ":", e)
