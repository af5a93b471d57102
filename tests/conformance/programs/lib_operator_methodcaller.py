# methodcaller: calling the same method on every item of a stream.
from operator import methodcaller


def lines():
    yield "  alpha,beta  "
    yield "gamma , delta"
    yield "epsilon"


strip = methodcaller("strip")
split = methodcaller("split", ",")
print([split(strip(s)) for s in lines()])
upper = methodcaller("upper")
print(list(map(upper, lines())))
rep = methodcaller("replace", "a", "A", 1)
print(rep("banana"), rep)
print(methodcaller("split", maxsplit=1)("a b c"), methodcaller("split", maxsplit=1))
print(methodcaller("count", "a")("banana"))
try:
    methodcaller("nope")("x")
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    methodcaller()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    methodcaller(42)
except TypeError as e:
    print(type(e).__name__ + ":", e)
