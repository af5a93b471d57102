# pairwise over readings from a generator: deltas, rising runs, and a threshold
# alarm with filterfalse.
from itertools import filterfalse, groupby, pairwise


def readings():
    yield from [10, 12, 11, 15, 21, 20, 20, 25]


deltas = [b - a for a, b in pairwise(readings())]
print(deltas)
print([k for k, g in groupby(deltas, key=lambda d: d > 0)])
print(list(filterfalse(lambda p: abs(p[1] - p[0]) < 5, pairwise(readings()))))
print(list(pairwise("a")), list(pairwise([])))
