# The namedtuple API: field names from a list or a string, _make, _replace, defaults,
# rename, tuple behaviour.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x + p.y, p == (1, 2), p < Point(1, 3), len(p), list(p))
print(Point._make(range(2)), p._replace(y=5), p)
print(type(p).__name__, isinstance(p, tuple), hash(p) == hash((1, 2)))
print(Point._fields, p[::-1], p + (3,))
Color = namedtuple("Color", "red, green blue")
print(Color(1, 2, 3))
Opt = namedtuple("Opt", "name level", defaults=[0])
print(Opt("a"), Opt("b", 3), Opt._field_defaults)
R = namedtuple("R", ["ok", "def", "ok", "_x"], rename=True)
print(R._fields)
d = {Point(0, 0): "origin"}
print(d[(0, 0)])
for bad in ["1x", "class"]:
    try:
        namedtuple("T", ["a", bad])
    except ValueError as e:
        print(type(e).__name__ + ":", e)
try:
    namedtuple("T", "a a")
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    namedtuple("T", "a _b")
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    p._replace(z=1)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    Point._make([1])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    Point(1, 2, x=3)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    Point(1, z=2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    namedtuple("T", "a b", defaults=[1, 2, 3])
except TypeError as e:
    print(type(e).__name__ + ":", e)
