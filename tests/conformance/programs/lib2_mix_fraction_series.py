# Exact partial sums of series with Fractions from generators, with itertools.
from fractions import Fraction
from itertools import accumulate, count, islice, takewhile


def geometric(ratio):
    term = Fraction(1)
    while True:
        yield term
        term *= ratio


def leibniz():
    for k in count():
        yield Fraction((-1) ** k, 2 * k + 1)


print([str(s) for s in islice(accumulate(geometric(Fraction(1, 2))), 6)])
print(float(sum(islice(leibniz(), 50)) * 4))
print(list(takewhile(lambda f: f > Fraction(1, 100), geometric(Fraction(1, 3)))))
