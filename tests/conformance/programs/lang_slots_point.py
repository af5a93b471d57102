# __slots__: instances take only the names listed; reading a slot never set, setting
# another name and asking for __dict__ all fail as in CPython.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def coords(self):
        yield self.x
        yield self.y


p = Point(2, 3)
print(list(p.coords()), p.x + p.y)
p.x = 10
print(p.x)
for action in ("set z", "get dict", "get unset"):
    try:
        if action == "set z":
            p.z = 1
        elif action == "get dict":
            p.__dict__
        else:
            q = Point.__new__(Point)
            q.x
    except AttributeError as e:
        print(type(e).__name__, e)
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(Point.__slots__, type(Point.x).__name__, repr(Point.x))
print(hasattr(p, "__dict__"))


class Single:
    __slots__ = "value"


s = Single()
s.value = 1
print(s.value, Single.__slots__)
try:
    class Clash:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(type(e).__name__, e)
