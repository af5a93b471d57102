# permutations: anagrams, a brute-force travelling salesman, and the errors.
from itertools import permutations

print(["".join(p) for p in permutations("abc")])
print(list(permutations(range(3), 2)))
print(list(permutations([1, 2], 0)), list(permutations([1, 2], 3)))

dist = {("A", "B"): 5, ("A", "C"): 9, ("B", "C"): 3, ("A", "D"): 4, ("B", "D"): 8, ("C", "D"): 6}


def d(a, b):
    return dist.get((a, b)) or dist[(b, a)]


def tours(cities):
    first, rest = cities[0], cities[1:]
    for order in permutations(rest):
        path = (first,) + order + (first,)
        yield sum(d(a, b) for a, b in zip(path, path[1:])), path


print(min(tours("ABCD")))
print(sum(1 for _ in permutations(range(6))))
for r in (-1, "x", None, 1.5):
    try:
        print(len(list(permutations("abcd", r))))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    permutations()
except TypeError as e:
    print(type(e).__name__, e)
