# Taking floats apart and putting them together: frexp and ldexp, modf, copysign, the
# constants, and prod over a generator.
import math


def halvings(x):
    while x != 0.0:
        yield x
        x /= 1024


for x in halvings(1000.0):
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e) == x)
    if e < -30:
        break
print(math.frexp(0.0), math.frexp(-8), math.frexp(math.inf), math.ldexp(3, -1), math.ldexp(0.0, 10**30))
print(math.modf(3.75), math.modf(-3.75), math.modf(math.inf), math.modf(5))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.fabs(-7), math.fmod(-7, 3), -7 % 3, math.fmod(7.5, 2))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.isnan(math.nan))
print(math.isfinite(1e308), math.isfinite(math.inf), math.isinf(-math.inf), math.isinf(1e308), math.isnan(0))
print(math.nextafter(1, 2), math.nextafter(0, -1), math.ulp(1.0), math.ulp(0.0), math.ulp(1e300))
print(math.prod(range(1, 11)), math.prod(x / 2 for x in range(1, 5)), math.prod([]), math.prod([2, 3], start=10))
print(math.prod(["ab"], start=3), math.prod([[1], 2]))

for f, args in [(math.prod, (5,)), (math.prod, ([1], 2)), (math.prod, ([1, "a", "b"],)), (math.frexp, ("x",)),
                (math.copysign, (1,)), (math.isnan, (None,)), (math.ldexp, (1.0, "2"))]:
    try:
        f(*args)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
