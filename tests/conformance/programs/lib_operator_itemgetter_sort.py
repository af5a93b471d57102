# itemgetter as a sort key and to pull fields out of rows a generator yields.
from operator import itemgetter


def rows():
    yield ("ann", 31, "paris")
    yield ("bob", 25, "oslo")
    yield ("cy", 31, "lima")
    yield ("dee", 19, "rome")


by_age = sorted(rows(), key=itemgetter(1))
print(by_age)
print(sorted(rows(), key=itemgetter(1, 0), reverse=True))
names = map(itemgetter(0), rows())
print(list(names))
pick = itemgetter(2, 0)
print(pick(("a", "b", "c")), pick, itemgetter("k")({"k": 5}), itemgetter(slice(1, 3))("hello"))
print(max(rows(), key=itemgetter(1)))
try:
    itemgetter(5)(("a",))
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    itemgetter("z")({"k": 1})
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    itemgetter()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    itemgetter(0)()
except TypeError as e:
    print(type(e).__name__ + ":", e)
