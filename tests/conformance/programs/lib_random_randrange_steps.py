# randrange with steps, as a generator of even numbers, odd countdowns and multiples;
# and its errors.
import random


def evens(rng, n):
    for _ in range(n):
        yield rng.randrange(0, 100, 2)


rng = random.Random(31)
print(list(evens(rng, 10)))
print([rng.randrange(99, 0, -2) for _ in range(8)])
print([rng.randrange(7, 100, 7) for _ in range(8)])
print([rng.randrange(5) for _ in range(8)], [rng.randrange(-3, 3) for _ in range(8)])
print(rng.randrange(True, 10), rng.randrange(10, step=1))

for args in [(0,), (-5,), (5, 5), (5, 1), (0, 10, 0), (10, 0, 1), (0, 10, -1), ("a",), (0, "b"),
             (3, None, 2)]:
    try:
        print(rng.randrange(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    rng.randrange()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    rng.randrange(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__ + ":", e)
