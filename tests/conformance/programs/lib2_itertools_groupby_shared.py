# groupby's groups share the underlying iterator: moving on to the next key makes the
# previous group empty; a group read late sees nothing.
from itertools import groupby


def letters():
    for ch in "aaabbbcdd":
        print("  read", ch)
        yield ch


g = groupby(letters())
k1, grp1 = next(g)
print("key", k1, "first of group", next(grp1))
k2, grp2 = next(g)
print("key", k2)
print("old group now", list(grp1))
print("new group", list(grp2))
saved = [(k, grp) for k, grp in groupby("xxyz")]
print([(k, list(grp)) for k, grp in saved])
print([(k, len(list(grp))) for k, grp in groupby("xxyz")])
try:
    groupby()
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(groupby([1, 2], key=len))
except TypeError as e:
    print(type(e).__name__, e)
