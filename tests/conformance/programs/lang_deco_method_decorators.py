# Decorators on methods: the wrapper receives self like any other argument. One logs,
# one checks that a generator method is given a positive size.
import functools


def logged(method):
    @functools.wraps(method)
    def wrapper(self, *args):
        print(f"{type(self).__name__}.{method.__name__}{args}")
        return method(self, *args)
    return wrapper


def positive(method):
    @functools.wraps(method)
    def wrapper(self, n):
        if n <= 0:
            raise ValueError(f"{method.__name__}() needs a positive size, not {n}")
        return method(self, n)
    return wrapper


class Stream:
    def __init__(self, data):
        self.data = list(data)

    @logged
    @positive
    def chunks(self, n):
        """Yield lists of n items."""
        for i in range(0, len(self.data), n):
            yield self.data[i:i + n]

    @logged
    def total(self):
        return sum(self.data)


s = Stream(range(7))
print(list(s.chunks(3)))
print(s.total())
print(Stream.chunks.__name__, Stream.chunks.__doc__, Stream.chunks.__qualname__)
try:
    s.chunks(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Stream.total()
except TypeError as e:
    print(type(e).__name__, e)
