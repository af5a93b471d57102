# A random walk as a generator, seeded: the same seed gives the same walk, in CPython
# and here, whatever the seed's type or size.
import random


def walk(rng, steps):
    position = 0
    for _ in range(steps):
        position += rng.choice((-1, 1))
        yield position


for seed in [0, 1, 42, 2**40, -5, "hello", 10**40 + 7, 2**32, 2**32 - 1, 2**64]:
    rng = random.Random(seed)
    print(repr(seed), list(walk(rng, 12)))

# The module's own generator, seeded through random.seed.
random.seed(2024)
first = list(walk(random, 8))
random.seed(2024)
print(first == list(walk(random, 8)), first)

# Two walkers on their own generators do not disturb each other.
a, b = random.Random(7), random.Random(7)
wa, wb = walk(a, 5), walk(b, 5)
print([(next(wa), next(wb)) for _ in range(5)])

try:
    random.Random([1, 2])
except TypeError as e:
    print(type(e).__name__ + ":", e)
