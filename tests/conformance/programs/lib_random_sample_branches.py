# random.sample picks from a pool for small populations and tracks a set of picks for
# large ones, as CPython decides by the sizes: both give CPython's exact picks.
import random

rng = random.Random(2023)
print(rng.sample(range(10), 10))
print(rng.sample(range(21), 3))
print(rng.sample(range(22), 3))
print(rng.sample(range(100), 6))
print(rng.sample(range(10**6), 12))
print(rng.sample(range(10**12), 3))
print(rng.sample(list(range(60)), 40))
print(rng.sample(["red", "blue"], counts=[4, 2], k=5))
print(rng.sample("ab", 0))


def lottery(rng, draws):
    for _ in range(draws):
        yield sorted(rng.sample(range(1, 50), 6))


for ticket in lottery(random.Random(6), 4):
    print(ticket)

for args, kwargs in [(([1, 2],), {}), (([1, 2], -1), {}), (([1, 2], 1.5), {}), ((["a", "b"], 2), {"counts": [1]}),
                     ((["a", "b"], 2), {"counts": [1.0, 2.0]}), ((["a", "b"], 2), {"counts": [0, 0]})]:
    try:
        print(rng.sample(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
