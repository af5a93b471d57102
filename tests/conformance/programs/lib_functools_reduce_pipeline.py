# reduce over a generator: totals, products, the longest word, a dict merge.
from functools import reduce


def amounts():
    for line in ["10.5", "3", "7.25", "0.25"]:
        print("read", line)
        yield float(line)


print(reduce(lambda acc, x: acc + x, amounts()))
print(reduce(lambda acc, x: acc * x, range(1, 8)))
print(reduce(lambda a, b: a if len(a) >= len(b) else b, "one three five seven".split()))
print(reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
print(reduce(lambda acc, x: acc + [x * x], range(4), []))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, [], 0), reduce(lambda a, b: a + b, [42]))
try:
    reduce(lambda a, b: a + b, (x for x in []))
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    reduce(lambda a, b: a + b, 5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    reduce(lambda a, b: a + b)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    reduce(lambda a, b: a + b, [1, "x"])
except TypeError as e:
    print(type(e).__name__ + ":", e)
