# Sampling from a stream: reservoir sampling over a generator with randrange, next to
# random.sample over a list.
import random


def readings(n):
    for i in range(n):
        yield i * i % 97


def reservoir(stream, k, rng):
    chosen = []
    for i, item in enumerate(stream):
        if i < k:
            chosen.append(item)
        else:
            j = rng.randrange(i + 1)
            if j < k:
                chosen[j] = item
    return chosen


rng = random.Random(8)
print(reservoir(readings(1000), 10, rng))
print(reservoir(readings(5), 10, rng))
print(rng.sample(list(readings(50)), 10))
print(rng.sample(range(1000), 8))
print(rng.sample("generators", 4))
print(rng.sample((3, 1, 4, 1, 5), 5))

try:
    rng.sample(readings(10), 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    rng.sample({1, 2, 3}, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    rng.sample([1, 2], 3)
except ValueError as e:
    print(type(e).__name__ + ":", e)
