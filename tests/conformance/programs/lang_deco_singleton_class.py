# A class decorator that makes a class a singleton, and one that adds a __repr__ built
# from the __init__ arguments.
def singleton(cls):
    instances = {}

    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    get.__name__ = cls.__name__
    get.__wrapped__ = cls
    return get


def auto_repr(cls):
    init = cls.__init__

    def __init__(self, *args):
        self._args = args
        init(self, *args)

    def __repr__(self):
        return f"{type(self).__name__}{self._args!r}"
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    return cls


@singleton
@auto_repr
class Config:
    def __init__(self, name, level):
        self.name = name
        self.level = level


a = Config("main", 3)
b = Config("other", 9)
print(a is b, a, b.level)
print(Config.__name__, Config.__wrapped__.__name__)


@auto_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print([Point(i, i * i) for i in range(3)])
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
