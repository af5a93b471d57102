# A noisy sensor: a generator adding Gaussian noise to a signal, and the other
# float distributions.
import random


def sensor(rng, signal):
    for value in signal:
        yield round(value + rng.gauss(0, 0.5), 6)


rng = random.Random(21)
print(list(sensor(rng, range(8))))
print([round(rng.normalvariate(10, 2), 6) for _ in range(5)])
print([round(rng.uniform(-1, 1), 6) for _ in range(5)], rng.uniform(3, 3))
print([round(rng.triangular(0, 10, 8), 6) for _ in range(3)], round(rng.triangular(), 6), rng.triangular(2, 2, 2))
print([round(rng.expovariate(1.5), 6) for _ in range(4)])
print(round(rng.lognormvariate(0, 0.25), 6), round(rng.gauss(), 6), round(rng.gauss(mu=100, sigma=15), 6))

for f, args in [(rng.gauss, ("x",)), (rng.uniform, ("a", 1)), (rng.expovariate, (0,)), (rng.uniform, (1,))]:
    try:
        f(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
