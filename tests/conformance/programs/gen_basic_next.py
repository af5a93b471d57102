def three():
    print("  start")
    yield 1
    print("  after 1")
    yield 2
    print("  after 2")
    yield 3
    print("  end")
g = three()
print(type(g).__name__)
print("created, nothing ran yet")
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration, value =", e.value)
try:
    next(g)
except StopIteration as e:
    print("again StopIteration, value =", e.value)
print(next(g, "default"))
print(repr(g).startswith("<generator object three at 0x"))
print(iter(g) is g)
