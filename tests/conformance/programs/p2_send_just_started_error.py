# sending a non-None value to a just-started generator is a TypeError
def gen():
    print("  body runs")
    x = yield 1
    print("  x =", x)
    yield 2

for value in [0, "", False, [], 5, "hello"]:
    g = gen()
    try:
        g.send(value)
    except TypeError as e:
        print(repr(value), "->", type(e).__name__ + ":", e)

g = gen()
try:
    g.send(1)
except TypeError:
    pass
# the failed send did not start or break the generator
print("after failed send:", next(g))
print("now send works:", g.send("ok"))

# a generator with no yield reached yet still counts as just started
def late():
    if False:
        yield
    return "nothing"
h = late()
try:
    h.send(3)
except TypeError as e:
    print("late:", e)
try:
    h.send(None)
except StopIteration as e:
    print("late finished with", e.value)
