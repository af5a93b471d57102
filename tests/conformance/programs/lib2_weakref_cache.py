# weakref.ref to objects that generators hold: the ref dies with the object, and a
# callback reports it, because the engine counts references as CPython does.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"


def walk(nodes):
    for n in nodes:
        yield n


a, b = Node("a"), Node("b")
ra = weakref.ref(a)
rb = weakref.ref(b, lambda r: print("b is gone; ref now gives", r()))
print(ra(), rb(), ra is weakref.ref(a), weakref.getweakrefcount(a))
it = walk([a, b])
print(next(it))
del a
print("after del a:", ra())
it = None
print("after dropping the generator:", ra())
del b
print(rb(), gc.collect(), gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
for bad in (1, "text", [1], (1,)):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    gc.collect(3)
except ValueError as e:
    print(type(e).__name__, e)
