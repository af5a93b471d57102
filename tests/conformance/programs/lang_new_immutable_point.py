# Instances fixed in __new__: a value class that validates and normalizes in __new__,
# with no __init__, and a subclass that adds behaviour.
class Fraction:
    def __new__(cls, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Fraction(%d, 0)" % num)
        a, b = abs(num), abs(den)
        while b:
            a, b = b, a % b
        sign = -1 if (num < 0) != (den < 0) else 1
        self = super().__new__(cls)
        self.num = sign * abs(num) // a if a else 0
        self.den = abs(den) // a if a else 1
        return self

    def __repr__(self):
        return f"{self.num}/{self.den}"


class Ratio(Fraction):
    def terms(self):
        yield self.num
        yield self.den


print(Fraction(6, 8), Fraction(-3, 9), Fraction(5), Fraction(4, -2))
r = Ratio(10, 4)
print(r, list(r.terms()), type(r).__name__)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    Fraction()
except TypeError as e:
    print(type(e).__name__, e)
