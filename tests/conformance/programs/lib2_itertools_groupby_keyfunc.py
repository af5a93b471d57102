# groupby with key functions that are generators' output, and the key called once
# per item, in order.
from itertools import groupby


def key(word):
    print("  key of", word)
    return len(word)


words = ["a", "be", "at", "cat", "dog", "I"]
for length, group in groupby(words, key):
    print(length, list(group))
print([(k, list(g)) for k, g in groupby(sorted(words, key=len), len)])
print([(k, list(g)) for k, g in groupby(range(10), lambda n: n % 3 == 0)])
print(list(groupby([]))[:1], [k for k, _ in groupby([None, None, 0, 0.0, False])])
