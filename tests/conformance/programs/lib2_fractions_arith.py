# Fraction arithmetic mixed with ints and floats, and its reprs and errors.
from fractions import Fraction

a, b = Fraction(1, 3), Fraction(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a))
print(repr(a + 1), 2 * a, 1 - b, a ** 2, a ** -2, b ** 0.5, 2 ** Fraction(3), 4 ** Fraction(1, 2))
print(a + 0.5, -a, abs(-b), +a, a == Fraction(2, 6), a < b, b > 0.7, a != 1)
print(Fraction(6, -4), Fraction(0.125), Fraction("3/7"), Fraction(" -2.5e-1 "), Fraction(Fraction(1, 2), 3))
print(str(Fraction(10, 5)), repr(Fraction(10, 5)), Fraction(7, 2).numerator, Fraction(7, 2).denominator)
print(int(Fraction(-7, 2)), float(Fraction(1, 8)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 3))
print(hash(Fraction(1, 2)) == hash(0.5), {Fraction(3): "three"}[3], sorted([Fraction(1, 2), 0.3, 1, Fraction(-1)]))
print(Fraction(1, 3).as_integer_ratio(), Fraction.from_float(1.75), sum(Fraction(1, n) for n in range(1, 7)))
for bad in (lambda: Fraction(1, 0), lambda: Fraction("one"), lambda: Fraction(1.5, 2),
            lambda: Fraction(float("nan")), lambda: Fraction(float("inf")), lambda: Fraction([]),
            lambda: a / 0, lambda: a + "x", lambda: a < "x", lambda: Fraction(0) ** -1,
            lambda: a.limit_denominator(0)):
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
