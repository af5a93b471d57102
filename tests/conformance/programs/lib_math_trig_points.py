# Points around a circle from a generator: cos and sin, degrees and radians, atan2,
# hypot and dist.
import math


def circle(n, radius=1.0):
    for k in range(n):
        angle = 2 * math.pi * k / n
        yield radius * math.cos(angle), radius * math.sin(angle)


def path_length(points):
    points = list(points)
    return math.fsum(math.dist(p, q) for p, q in zip(points, points[1:] + points[:1]))


for x, y in circle(6, 2):
    print(round(x, 12), round(y, 12), round(math.degrees(math.atan2(y, x)), 9), round(math.hypot(x, y), 12))
print(path_length(circle(6)), path_length(circle(1000)), math.tau)
print(math.radians(180), math.degrees(math.pi / 3), math.degrees(1), math.radians(1))
print(math.hypot(3, 4), math.hypot(), math.hypot(-2), math.hypot(1, 2, 2), math.hypot(1e200, 1e200), math.hypot(math.inf, math.nan))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1.5,), (-1.5,)))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(math.inf))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))

for args in [((1, 2), (1,)), ((1, 2), 3), ((1, "a"), (1, 2))]:
    try:
        math.dist(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    math.hypot(3, "4")
except TypeError as e:
    print(type(e).__name__ + ":", e)
