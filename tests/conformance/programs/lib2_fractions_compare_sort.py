# Sorting and comparing Fractions with ints and floats, min/max, and using them as
# dict keys next to equal ints and floats.
from fractions import Fraction

values = [Fraction(1, 3), 0.25, 1, Fraction(3, 2), -2, Fraction(-5, 2), 0.5]
print(sorted(values), min(values), max(values))
print(Fraction(1, 2) == 0.5, Fraction(2, 1) == 2, Fraction(1, 3) == 1 / 3, Fraction(1, 2) <= 0.5)
d = {Fraction(1, 2): "half", 2: "two"}
print(d[0.5], d[Fraction(4, 2)], len({Fraction(1, 2), 0.5, Fraction(2, 4)}))
print(Fraction(1, 3) < float("inf"), Fraction(1, 3) > float("-inf"), Fraction(1, 3) == float("nan"))
