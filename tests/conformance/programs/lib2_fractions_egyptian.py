# Egyptian fractions by the greedy algorithm, a harmonic series generator, and exact
# averages of a stream.
from fractions import Fraction
import math


def egyptian(fr):
    while fr.numerator != 0:
        d = math.ceil(fr.denominator / fr.numerator)
        unit = Fraction(1, d)
        yield unit
        fr -= unit


def harmonic():
    total = Fraction(0)
    n = 1
    while True:
        total += Fraction(1, n)
        yield total
        n += 1


def running_mean(values):
    total = Fraction(0)
    for count, v in enumerate(values, 1):
        total += Fraction(v)
        yield total / count


print(" + ".join(str(u) for u in egyptian(Fraction(4, 13))))
print(list(egyptian(Fraction(5, 6))))
h = harmonic()
print([str(next(h)) for _ in range(6)])
print(list(running_mean([1, 2, 2, 5])), list(running_mean(["0.1", "0.2"])))
print(math.floor(Fraction(7, 3)), math.ceil(Fraction(7, 3)), math.trunc(Fraction(-7, 3)))
