# Dice-rolling generators: a die, a pair of dice, and the tally of many rolls.
import random


def die(rng, sides=6):
    while True:
        yield rng.randint(1, sides)


def pairs(rng):
    d = die(rng)
    while True:
        yield next(d), next(d)


rng = random.Random(12345)
rolls = die(rng)
print([next(rolls) for _ in range(20)])

tally = {}
for _ in range(600):
    face = next(rolls)
    tally[face] = tally.get(face, 0) + 1
print(sorted(tally.items()))

p = pairs(random.Random(99))
doubles = [pair for pair in (next(p) for _ in range(40)) if pair[0] == pair[1]]
print(doubles)

d20 = die(random.Random(3), sides=20)
print([next(d20) for _ in range(10)])

for args in [(1,), (1, 2, 3), (6, 1), (1.5, 3), (1, "6")]:
    try:
        print(random.randint(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    random.randint(1, 6, c=2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    random.randint(1, a=2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
