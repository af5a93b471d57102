# gi_yieldfrom shows the object being delegated to
def inner():
    yield 1
    yield 2

def outer():
    yield "own"
    yield from sub
    yield "own again"

sub = inner()
g = outer()
print("created:", g.gi_yieldfrom)
print(next(g), g.gi_yieldfrom)
print(next(g), g.gi_yieldfrom is sub)
print(next(g), g.gi_yieldfrom is sub)
print(next(g), g.gi_yieldfrom)
print(next(g, "end"), g.gi_yieldfrom)

# delegating to a list iterator
def over_list():
    yield from [10, 20]

o = over_list()
next(o)
print(type(o.gi_yieldfrom).__name__)

# nested: each level shows its own delegate
def a():
    yield "a"

def b():
    yield from a()

def c():
    yield from b()

cg = c()
next(cg)
print(type(cg.gi_yieldfrom).__name__, cg.gi_yieldfrom.gi_code.co_name)
print(cg.gi_yieldfrom.gi_yieldfrom.gi_code.co_name)
print(cg.gi_yieldfrom.gi_yieldfrom.gi_yieldfrom)
cg.close()
print("after close:", cg.gi_yieldfrom)
