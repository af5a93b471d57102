# Class decorators: one gives a class with a steps() generator an __iter__, another
# registers the class by name.
registry = {}


def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls


def iterable(cls):
    def __iter__(self):
        return self.steps()
    cls.__iter__ = __iter__
    return cls


@register
@iterable
class Countdown:
    def __init__(self, start):
        self.start = start

    def steps(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


@register
class Squares:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return (i * i for i in range(self.n))


print(sorted(registry))
for name in ["countdown", "squares"]:
    print(name, list(registry[name](4)))
print(Countdown.__name__, Countdown.__qualname__)


def not_a_decorator(cls):
    return None


@not_a_decorator
class Lost:
    pass


print(Lost)
try:
    Lost()
except TypeError as e:
    print(type(e).__name__, e)
