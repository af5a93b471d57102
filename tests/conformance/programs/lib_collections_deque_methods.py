# The rest of deque: extendleft, insert, remove, count, index, in, copy, comparisons.
from collections import deque


def letters():
    yield from "abc"


d = deque()
d.extendleft(letters())
print(d)
d.extend(letters())
print(d, d.count("a"), d.index("b"), d.index("b", 2))
print("c" in d, "z" in d)
d.insert(1, "X")
print(d)
d.remove("X")
print(d)
e = d.copy()
print(e == d, e is d, deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
d.clear()
print(d, len(d))
print(list(reversed(deque([1, 2, 3]))))
print(deque([1, 2]) + deque([3]))
try:
    d.remove("q")
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    deque("ab").index("z")
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    hash(deque())
except TypeError as e:
    print(type(e).__name__ + ":", e)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 5)
except IndexError as e:
    print(type(e).__name__ + ":", e)
dd = deque([1, 2])
dd.extend(dd)
print(dd)
