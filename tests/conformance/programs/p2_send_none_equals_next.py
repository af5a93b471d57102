# send(None) is the same as next(), including as the first call
def counter():
    n = 0
    while n < 5:
        x = yield n
        print("  resumed with", repr(x))
        n += 1

g = counter()
print(g.send(None))
print(next(g))
print(g.send(None))
print(g.__next__())
print(g.send(None))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(g)
except StopIteration:
    print("still StopIteration via next")
try:
    g.send(None)
except StopIteration:
    print("still StopIteration via send(None)")
try:
    g.send(42)
except StopIteration:
    print("send(42) to a finished generator: StopIteration too")

# mixing: list() after a few sends continues from the current point
h = counter()
h.send(None)
h.send("a")
print(list(h))
