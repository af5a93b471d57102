# rebinding the only name of a suspended generator closes the old one
def gen(n):
    try:
        yield n
        yield n + 1
    finally:
        print("  closing generator", n)

g = gen(1)
print("got", next(g))
g = gen(10)
print("rebound; got", next(g))
g = None
print("set to None")

# rebinding in a loop: each previous generator is closed when replaced
current = None
for start in [100, 200, 300]:
    current = gen(start)
    print("started", next(current))
print("loop finished")
current = "something else"
print("done")

# assignment of a new generator: the new one is created before the old one is dropped
def named(tag):
    print("  creating", tag)
    return gen(tag)

h = named(1000)
next(h)
h = named(2000)
print("h now holds 2000, not started")
