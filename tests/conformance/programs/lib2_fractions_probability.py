# Exact probabilities with Fractions: dice sums from product, and a generator of
# the chance to see a six within n rolls.
from fractions import Fraction
from itertools import product
from collections import Counter

sums = Counter(a + b for a, b in product(range(1, 7), repeat=2))
dist = {s: Fraction(c, 36) for s, c in sorted(sums.items())}
print(dist[7], dist[2], sum(dist.values()), max(dist, key=dist.get))


def at_least_one_six():
    miss = Fraction(1)
    n = 0
    while True:
        n += 1
        miss *= Fraction(5, 6)
        yield n, 1 - miss


for n, p in at_least_one_six():
    print(n, p, f"{float(p):.3f}")
    if p > Fraction(1, 2):
        break
