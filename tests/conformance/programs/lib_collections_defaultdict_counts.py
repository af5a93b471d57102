# defaultdict(int) as a counter, nested defaultdicts, and one with no factory.
from collections import defaultdict


def words():
    for w in "the cat and the hat and the bat".split():
        yield w


counts = defaultdict(int)
for w in words():
    counts[w] += 1
print(counts)
print(dict(counts))

first_letters = defaultdict(set)
for w in words():
    first_letters[w[0]].add(w)
print(sorted((k, sorted(v)) for k, v in first_letters.items()))

tree = defaultdict(lambda: defaultdict(int))
tree["a"]["x"] += 1
tree["a"]["y"] += 2
tree["b"]["x"] += 3
print({k: dict(v) for k, v in tree.items()})

plain = defaultdict(None, {"k": 1})
print(plain)
try:
    plain["missing"]
except KeyError as e:
    print(type(e).__name__ + ":", e)
print(plain.get("missing"), len(plain))
c = counts.copy()
print(type(c).__name__, c == counts)
d2 = defaultdict(list, a=[1])
print(d2)
