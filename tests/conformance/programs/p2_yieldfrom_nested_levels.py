# delegation nested several levels deep
def leaf(tag):
    x = yield tag + ":1"
    y = yield tag + ":2 (got " + str(x) + ")"
    return tag + " returned " + str(y)

def middle():
    r1 = yield from leaf("A")
    print("  middle got:", r1)
    r2 = yield from leaf("B")
    print("  middle got:", r2)
    return [r1, r2]

def top():
    result = yield from middle()
    print("  top got:", result)
    return len(result)

def root():
    n = yield from top()
    yield "root sees " + str(n)

g = root()
print(next(g))
print(g.send("s1"))
print(g.send("s2"))
print(g.send("s3"))
print(g.send("s4"))
print(next(g, "exhausted"))

# a deep recursive chain of delegations
def chain(depth):
    if depth == 0:
        yield "bottom"
        return 0
    got = yield from chain(depth - 1)
    yield "level " + str(depth)
    return got + 1

c = chain(5)
print(list(c))
def count_levels():
    r = yield from chain(4)
    yield r
print(list(count_levels())[-1])
