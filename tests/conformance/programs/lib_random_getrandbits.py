# getrandbits and big ranges: tokens from a generator, ids far beyond 64 bits.
import random


def tokens(rng, bits):
    while True:
        yield format(rng.getrandbits(bits), "x")


rng = random.Random(4)
t = tokens(rng, 64)
print([next(t) for _ in range(3)])
print([rng.getrandbits(k) for k in (0, 1, 2, 31, 32, 33, 63, 64, 65, 100)])
print(rng.getrandbits(256))
print(rng.randrange(10**50), rng.randint(-10**30, 10**30), rng.randrange(2**100, 2**101, 2**90))
print(random.Random(2**200 + 1).getrandbits(40), random.Random(-(2**200 + 1)).getrandbits(40))

for bad in [-1, 2.0, "8"]:
    try:
        rng.getrandbits(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    rng.getrandbits()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    rng.getrandbits(k=3)
except TypeError as e:
    print(type(e).__name__ + ":", e)
