# starmap over zipped columns, compress with a mask from a generator, and the
# laziness of both.
from itertools import compress, starmap
import operator

prices = [3.5, 1.25, 10.0, 0.99]
qty = [2, 10, 1, 0]
print(list(starmap(operator.mul, zip(prices, qty))))
print(sum(starmap(operator.mul, zip(prices, qty))))


def mask():
    for q in qty:
        print("  check", q)
        yield q > 0


picked = compress(prices, mask())
print(next(picked))
print(list(picked))
print(list(starmap("{}-{}".format, [("a", 1), ("b", 2)])))
