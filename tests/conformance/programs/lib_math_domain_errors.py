# The math module's errors: domain errors, range errors, ints too big for a float.
import math


def safe(f, *args):
    try:
        return f(*args)
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        return type(e).__name__ + ": " + str(e)


def results(pairs):
    for f, args in pairs:
        yield f.__name__, safe(f, *args)


cases = [
    (math.sqrt, (-1,)), (math.sqrt, (10**400,)), (math.sqrt, ("4",)), (math.log, (0,)), (math.log, (-2.5,)),
    (math.log, (1, 1)), (math.log, (8, 0)), (math.log, ()), (math.log10, (0,)), (math.log2, (-1,)),
    (math.asin, (2,)), (math.acos, (-1.5,)), (math.exp, (1000,)), (math.exp, (-1000,)), (math.pow, (0, -1)),
    (math.pow, (-8, 1 / 3)), (math.pow, (10, 400)), (math.fmod, (1, 0)), (math.fmod, (math.inf, 2)),
    (math.sin, (math.inf,)), (math.cosh, (1000,)), (math.acosh, (0.5,)), (math.atanh, (1,)), (math.log1p, (-1,)),
    (math.ldexp, (1.0, 5000)), (math.ldexp, (1.0, 2.0)), (math.sqrt, ()), (math.atan2, (1,)),
    (math.isclose, (1, 1.1)), (math.sqrt, (math.inf,)), (math.exp, (math.nan,)),
]
for name, outcome in results(cases):
    print(name, outcome)
try:
    math.sqrt(x=4)
except TypeError as e:
    print(type(e).__name__ + ":", e)
