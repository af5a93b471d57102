# The in-place operators: iadd extends a list in place, returns a new int.
import operator

items = [1, 2]
same = operator.iadd(items, [3])
print(items, same is items)
n = 5
m = operator.iadd(n, 1)
print(n, m)
print(operator.imul("ab", 2), operator.isub(10, 3), operator.ior({1}, {2}), operator.iand(6, 3))
print(operator.iconcat([1], (2, 3)), operator.ifloordiv(7, 2), operator.imod(7, 2), operator.ipow(2, 5))


def running(values, op, start):
    total = start
    for v in values:
        total = op(total, v)
        yield total


print(list(running(range(1, 6), operator.iadd, 0)))
print(list(running(["a", "b", "c"], operator.iadd, "")))
try:
    operator.iadd(1, "x")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    operator.iconcat(1, [2])
except TypeError as e:
    print(type(e).__name__ + ":", e)
