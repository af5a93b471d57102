# The random module's argument errors, in Python's words (its methods are Python code
# in CPython: self counts among the positional arguments).
import random

calls = [
    (random.random, (1,), {}),
    (random.random, (), {"x": 1}),
    (random.choice, (), {}),
    (random.choice, ([1], [2]), {}),
    (random.sample, (), {}),
    (random.sample, ([1], 1, 2), {}),
    (random.sample, ([1], 1, 2), {"counts": [1]}),
    (random.uniform, (1,), {}),
    (random.uniform, (1, 2), {"c": 3}),
    (random.choices, ([1],), {"weight": [1]}),
    (random.shuffle, ([1], [2]), {}),
    (random.seed, (), {"b": 1}),
    (random.Random, (1, 2), {}),
    (random.gauss, (1, 2, 3), {}),
    (random.expovariate, (), {}),
    (random.triangular, (1, 2, 3, 4), {}),
    (random.getstate, (1,), {}),
    (random.setstate, (), {}),
    (random.randrange, (1,), {"start": 2}),
]
for f, args, kwargs in calls:
    try:
        f(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__ + ":", e)


def picks(rng):
    yield rng.choice("abc")
    yield rng.choice([])


g = picks(random.Random(1))
print(next(g))
try:
    next(g)
except IndexError as e:
    print(type(e).__name__ + ":", e)
for bad in [5, {}, {1: "a"}]:
    try:
        random.choice(bad)
    except (TypeError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
