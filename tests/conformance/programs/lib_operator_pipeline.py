# operator functions as the stages of a generator pipeline.
import operator
from functools import reduce


def numbers(n):
    for i in range(1, n + 1):
        yield i


def apply(op, values, arg):
    for v in values:
        yield op(v, arg)


squares = map(operator.mul, numbers(5), numbers(5))
print(list(squares))
print(list(apply(operator.add, numbers(4), 10)))
print(list(apply(operator.mod, numbers(7), 3)))
print(list(apply(operator.floordiv, numbers(7), 2)), list(apply(operator.truediv, numbers(3), 2)))
print(reduce(operator.mul, numbers(10)))
print(list(map(operator.neg, numbers(3))), list(map(operator.not_, [0, 1, "", "x"])))
print(operator.sub(10, 4), operator.pow(2, 100), operator.abs(-3), operator.truth([]))
print(operator.add, operator.add("ab", "cd"))
try:
    operator.add(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    operator.truediv(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
try:
    operator.neg("x")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    operator.not_()
except TypeError as e:
    print(type(e).__name__ + ":", e)
