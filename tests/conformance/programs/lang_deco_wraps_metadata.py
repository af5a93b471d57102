# What functools.wraps copies from the wrapped function, compared with a wrapper
# written without it.
import functools


def plain(func):
    def wrapper(*args):
        return func(*args)
    return wrapper


def wrapped(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args)
    return wrapper


def squares(n):
    """Yield the first n squares."""
    for i in range(n):
        yield i * i


squares.unit = "cm2"
a = plain(squares)
b = wrapped(squares)
print(a.__name__, a.__qualname__, a.__doc__)
print(b.__name__, b.__qualname__, b.__doc__)
print(b.__wrapped__ is squares, b.unit, sorted(b.__dict__))
print(list(b(4)), list(a(3)))
print(hasattr(a, "__wrapped__"), hasattr(b, "__wrapped__"))


class Counter:
    @wrapped
    def tick(self, n):
        """Count up to n."""
        yield from range(n)


print(Counter.tick.__qualname__, Counter.tick.__doc__, list(Counter().tick(3)))
try:
    functools.wraps(squares)(42)
except AttributeError as e:
    print(type(e).__name__, e)
