# send(value) becomes the result of the paused yield expression
def receiver():
    print("  started")
    a = yield "first"
    print("  got a =", a)
    b = yield "second"
    print("  got b =", b)
    c = yield "third"
    print("  got c =", c)
    return a, b, c

g = receiver()
print("prime:", next(g))
print("send 10 ->", g.send(10))
print("send 'x' ->", g.send("x"))
try:
    g.send([1, 2])
except StopIteration as e:
    print("StopIteration value:", e.value)
    print("args:", e.args)

# the yielded value and the sent value are independent
def pingpong():
    got = None
    for i in range(4):
        got = yield (i, got)

p = pingpong()
print(next(p))
print(p.send("a"))
print(p.send("b"))
print(p.send(None))
print(next(p, "done"))
