# A Monte Carlo estimate of pi from a generator of random points.
import math
import random


def points(rng):
    while True:
        yield rng.random(), rng.random()


def inside(pts):
    for x, y in pts:
        yield x * x + y * y <= 1.0


def estimates(rng, every):
    hits = total = 0
    for hit in inside(points(rng)):
        total += 1
        hits += hit
        if total % every == 0:
            yield total, 4 * hits / total


rng = random.Random(314159)
for total, estimate in estimates(rng, 2000):
    print(total, estimate, round(abs(estimate - math.pi), 4))
    if total >= 20000:
        break

# uniform points in a square of side 2, centred on 0
rng = random.Random(1)
pts = [(rng.uniform(-1, 1), rng.uniform(-1, 1)) for _ in range(5000)]
print(4 * sum(1 for x, y in pts if math.hypot(x, y) <= 1) / len(pts))
print(pts[:3])
