# The ZeroDivisionError messages of Fractions: the constructor names its numerator,
# division names the dividend's sign, floor division and modulo speak as ints do.
from fractions import Fraction


def ratios(pairs):
    for a, b in pairs:
        try:
            yield Fraction(a) / Fraction(b)
        except ZeroDivisionError as e:
            yield f"error: {e}"


print(list(ratios([(1, 2), (-7, 0), (0, 0), (Fraction(9, 4), 0), (3, Fraction(1, 3))])))
for make in (lambda: Fraction(6, 0), lambda: Fraction(Fraction(1, 2), 0), lambda: 5 / Fraction(0),
             lambda: Fraction(3, 4) // 0, lambda: Fraction(3, 4) % Fraction(0), lambda: Fraction(-3, 4) / 0.0,
             lambda: Fraction(0) ** -2, lambda: divmod(Fraction(1, 3), 0)):
    try:
        make()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
