# Fractions through math and formatting: sqrt and isclose take them via __float__,
# floor and round give ints, and str/repr/format show them.
import math
from fractions import Fraction


def newton_sqrt(n, steps):
    x = Fraction(n)
    for _ in range(steps):
        x = (x + n / x) / 2
        yield x


for approx in newton_sqrt(2, 4):
    print(approx, f"{float(approx):.12f}", math.isclose(approx, math.sqrt(2), rel_tol=1e-9))
h = Fraction(3, 7)
print(math.sqrt(Fraction(9, 16)), math.floor(h), math.ceil(h), round(h, 2), h.real, h.imag)
print(f"{h}", f"{h!r}", "%s / %r" % (h, h), str([h]), format(h, ""))
try:
    f"{h:>10}"
except TypeError as e:
    print(type(e).__name__, e)
