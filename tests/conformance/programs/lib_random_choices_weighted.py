# Weighted choices: a loaded die, cumulative weights, and a stream of colours.
import random
from collections import Counter

rng = random.Random(77)
print(rng.choices("abc", k=10))
print(rng.choices([1, 2, 3, 4, 5, 6], weights=[1, 1, 1, 1, 1, 5], k=12))
print(rng.choices(["red", "green", "blue"], cum_weights=[10, 15, 40], k=6))
print(rng.choices(range(100), k=4))
print(rng.choices([0.5, 1.5], [0.25, 0.75]))
print(rng.choices("xy", k=0), rng.choices("xy", k=-3))


def colours(rng, weights):
    while True:
        yield rng.choices(["red", "green", "blue"], weights)[0]


stream = colours(random.Random(5), [5, 3, 2])
counts = Counter(next(stream) for _ in range(1000))
print(sorted(counts.items()))

for kwargs in [dict(weights=[1, 2]), dict(weights=[0, 0, 0]), dict(weights=[1, 2, 3], cum_weights=[1, 2, 3]),
               dict(k=2.5), dict(cum_weights=[1, float("inf"), float("inf")])]:
    try:
        rng.choices("abc", **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    rng.choices("abc", 3)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    rng.choices([], k=2)
except IndexError as e:
    print(type(e).__name__ + ":", e)
