# Sorting then grouping by two keys with groupby, the usual report idiom, over
# records produced by a generator.
from itertools import groupby
from operator import itemgetter


def records():
    data = [("fruit", "apple", 3), ("veg", "leek", 1), ("fruit", "pear", 2), ("fruit", "apple", 4), ("veg", "kale", 5)]
    yield from data


for kind, items in groupby(sorted(records()), key=itemgetter(0)):
    items = list(items)
    print(kind, sum(q for _, _, q in items))
    for name, same in groupby(items, key=itemgetter(1)):
        print("  ", name, [q for _, _, q in same])
