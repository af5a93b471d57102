# permutations of a generator's output (it is read once, up front), and the
# difference with tee.
from itertools import permutations, tee


def source():
    for ch in "abc":
        print("  produce", ch)
        yield ch


perms = permutations(source(), 2)
print("made")
print(next(perms), len(list(perms)))
a, b = tee(source())
print(list(zip(a, b)))
