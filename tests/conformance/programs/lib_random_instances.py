# Random instances keep their own state; getstate and setstate replay a generator.
import random


def noise(rng):
    while True:
        yield round(rng.random(), 6)


rng = random.Random(10)
gen = noise(rng)
print([next(gen) for _ in range(3)])
saved = rng.getstate()
later = [next(gen) for _ in range(4)]
rng.setstate(saved)
print(later == [next(gen) for _ in range(4)], later)

state = rng.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[2])
rng.gauss()
print(rng.getstate()[2] is not None)

other = random.Random()
other.setstate(rng.getstate())
print(other.random() == rng.random())
print(random.Random(10).random() == random.Random(10).random())
print(type(rng).__name__, isinstance(rng, random.Random), random.Random)

for bad in [5, (4, (), None), (3, (1, 2), None), (3, "abc", None), (3, tuple(range(624)) + (700,), None), (3, ())]:
    try:
        rng.setstate(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
