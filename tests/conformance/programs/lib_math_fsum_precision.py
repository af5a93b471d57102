# fsum keeps the exact sum of floats where sum () loses it, and says when it cannot.
import math


def tenths(n):
    for _ in range(n):
        yield 0.1


def alternating():
    for k in range(1, 2001):
        yield (-1.0) ** (k + 1) / k


print(sum(tenths(10)), math.fsum(tenths(10)))
print(sum(tenths(1000)), math.fsum(tenths(1000)))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]))
print(math.fsum(alternating()), sum(alternating()))
print(math.fsum([2.0**53, 1.0, 2.0**-10]), math.fsum([1e16, 1.0, 1e-16]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -math.inf]), math.fsum([math.nan, 1.0]))

for bad in [[math.inf, -math.inf], [1e308, 1e308], 5, [10**400]]:
    try:
        print(math.fsum(bad))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
