# driving a generator manually with send until StopIteration
def squares_on_demand():
    n = yield "ready"
    while n is not None:
        n = yield n * n
    return "stopped"

g = squares_on_demand()
print(g.send(None))
for n in [3, 4, 12]:
    print(n, "squared is", g.send(n))
try:
    g.send(None)
except StopIteration as e:
    print("returned", repr(e.value))

# a generic driver loop
def drive(gen, values):
    out = [next(gen)]
    try:
        for v in values:
            out.append(gen.send(v))
    except StopIteration as e:
        out.append(("stop", e.value))
    return out

def doubler(limit):
    total = 0
    x = yield 0
    while x is not None and total < limit:
        total += x
        x = yield x * 2
    return total

print(drive(doubler(100), [1, 2, 3]))
print(drive(doubler(5), [4, 4, 4, 4]))
print(drive(doubler(100), [1, None, 7]))
