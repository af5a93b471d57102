# partial fixes some arguments of a pipeline stage.
from functools import partial


def scale(factor, values):
    for v in values:
        yield v * factor


def clip(values, low=0, high=10):
    for v in values:
        yield max(low, min(high, v))


double = partial(scale, 2)
clip5 = partial(clip, high=5)
print(list(clip5(double(range(6)))))
print(double.func is scale, double.args, double.keywords, clip5.keywords)
print(list(clip5(range(10), high=7)))
print(list(partial(clip, low=3)([1, 5, 12])))
base2 = partial(int, base=2)
print(base2("1011"), base2("11", base=3))
p2 = partial(partial(pow, 2), 10)
print(p2(), p2.args, p2.func)
print(partial(max, key=len)(["aa", "b", "cccc"]))
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    partial()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    double()
except TypeError as e:
    print(type(e).__name__ + ":", e)
