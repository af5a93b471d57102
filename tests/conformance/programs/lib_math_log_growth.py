# How fast things grow: logarithms of a generator of powers, in any base, and of ints
# far too big for a float.
import math


def powers(base, n):
    value = 1
    for _ in range(n):
        value *= base
        yield value


print([round(math.log(v, 3), 12) for v in powers(3, 8)])
print([math.log2(v) for v in powers(2, 6)], [math.log10(v) for v in powers(10, 5)])
print(math.log(math.e), math.log(1), math.log(100, 10), math.log(8, 2), math.log(2, 8), math.log(0.5, 2))
print(math.log(10**400), math.log(2**5000, 2), math.log10(10**500), math.log2(3**1000))
print(math.exp(math.log(20)), math.expm1(1e-10), math.log1p(1e-10), math.exp2(10), math.cbrt(8))


def doublings(target):
    n, value = 0, 1
    while value < target:
        value *= 2
        n += 1
        yield n, value


print(list(doublings(1000))[-1], math.ceil(math.log2(1000)))

for args in [(0,), (-1, 10), (10, 1), (10, -2), ("a",), (10, 10, 10)]:
    try:
        math.log(*args)
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
