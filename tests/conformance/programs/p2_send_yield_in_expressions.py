# yield used inside larger expressions and argument lists
def gen():
    x = (yield 1) + 10
    print("  x =", x)
    y = [(yield 2), (yield 3)]
    print("  y =", y)
    z = str((yield 4)) * 2
    print("  z =", z)
    w = (yield 5) or "default"
    print("  w =", w)

g = gen()
print(next(g))
print(g.send(5))
print(g.send("a"))
print(g.send("b"))
print(g.send(7))
try:
    g.send(None)
except StopIteration:
    print("done")

# yield as a function argument and in a dict display
def gen2():
    print("  max ->", max((yield "p"), (yield "q")))
    d = {"k": (yield "r")}
    print("  d ->", d)

h = gen2()
print(next(h))
print(h.send(3))
print(h.send(8))
try:
    h.send("v")
except StopIteration:
    print("done2")
