# gi_frame.f_locals shows the generator's local variables as they are now
def gen(a, b=10):
    total = a + b
    yield total
    items = [total, a]
    for i in range(2):
        current = i * total
        yield current
    del items
    yield "deleted items"

g = gen(1)
print("created:", sorted(g.gi_frame.f_locals.items()))
next(g)
print("after 1st:", sorted(g.gi_frame.f_locals.items()))
next(g)
print("after 2nd:", sorted(g.gi_frame.f_locals.items()))
next(g)
print("after 3rd:", sorted(g.gi_frame.f_locals.items()))
next(g)
print("after 4th:", sorted(g.gi_frame.f_locals.items()))
print(next(g, "done"), g.gi_frame)

# locals of a coroutine change with every send
def acc():
    total = 0
    while True:
        x = yield total
        total += x

c = acc()
next(c)
for v in [5, 7]:
    c.send(v)
    print(sorted(c.gi_frame.f_locals.items()))
print(sorted(c.gi_frame.f_locals))
