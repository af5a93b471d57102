# Continued fractions with generators: the terms of a Fraction, and the convergents
# built back from them.
from fractions import Fraction


def cf_terms(x):
    while True:
        a = x.numerator // x.denominator
        yield a
        x -= a
        if x == 0:
            return
        x = 1 / x


def convergents(terms):
    h0, h1 = 0, 1
    k0, k1 = 1, 0
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        yield Fraction(h1, k1)


x = Fraction(415, 93)
print(list(cf_terms(x)))
print(list(convergents(cf_terms(x))))
pi = Fraction(3141592653589793, 10**15)
for c in convergents(cf_terms(pi)):
    if c.denominator > 40000:
        break
    print(c, float(c))
print(pi.limit_denominator(10), pi.limit_denominator(1000), pi.limit_denominator(100000))
