# accumulator coroutine: keeps a running total of sent values
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print("primed:", next(acc))
for v in [5, 10, -3, 2.5]:
    print("add", v, "-> total", acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("final total", e.value)

# two independent accumulators
a, b = accumulator(), accumulator()
next(a)
next(b)
for i in range(1, 6):
    a.send(i)
    b.send(i * i)
print("a:", a.send(0), "b:", b.send(0))

# list accumulator
def collector():
    items = []
    while True:
        item = yield len(items)
        items.append(item)
        if len(items) == 3:
            return items

c = collector()
next(c)
print(c.send("x"), c.send("y"))
try:
    c.send("z")
except StopIteration as e:
    print("collected", e.value)
