# A class derived from a namedtuple adds methods; instances stay tuples.
from collections import namedtuple


class Vector(namedtuple("Vector", "x y")):
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __str__(self):
        return f"<{self.x}, {self.y}>"


def vectors(n):
    for i in range(n):
        yield Vector(i, i + 1)


for v in vectors(3):
    print(v, repr(v), v.norm2())
v = Vector(3, 4)
print(v.norm2(), v._replace(x=0), isinstance(v, tuple), v[1])
a, b = v
print(a, b, type(v).__name__)
try:
    Vector(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
