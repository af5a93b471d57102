# type.__subclasses__(): finding the plugins that derive from a base class, walked as
# a tree by a recursive generator.
class Shape:
    pass


class Polygon(Shape):
    pass


class Triangle(Polygon):
    pass


class Square(Polygon):
    pass


class Circle(Shape):
    pass


def walk(cls, depth=0):
    yield depth, cls.__name__
    for sub in cls.__subclasses__():
        yield from walk(sub, depth + 1)


for depth, name in walk(Shape):
    print("  " * depth + name)
print([c.__name__ for c in Polygon.__subclasses__()], Circle.__subclasses__())
print(type(Shape.__subclasses__()).__name__)


def make():
    class Temporary(Circle):
        pass
    return Temporary


t = make()
print([c.__name__ for c in Circle.__subclasses__()])
try:
    Shape.__subclasses__(1)
except TypeError as e:
    print(type(e).__name__)
