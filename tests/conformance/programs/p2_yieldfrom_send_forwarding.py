# send() is forwarded to the delegated generator
def averager():
    total = 0
    count = 0
    while True:
        value = yield total / count if count else None
        if value is None:
            return (count, total)
        total += value
        count += 1

def grouper(results, key):
    while True:
        results[key] = yield from averager()
        print("  grouper stored", key, results[key])

results = {}
data = {"girls": [40, 41, 42], "boys": [38, 39]}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        print(key, "avg so far:", group.send(v))
    group.send(None)
print(results)

# each value sent reaches the innermost generator
def inner():
    while True:
        x = yield
        print("  inner received", x)
        if x == "end":
            return "inner done"

def outer():
    r = yield from inner()
    print("  outer got", r)
    yield "outer last"

o = outer()
next(o)
o.send(1)
o.send("two")
print(o.send("end"))
