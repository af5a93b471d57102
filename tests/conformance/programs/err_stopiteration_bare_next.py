def two():
    yield 1
    yield 2
g = two()
print(next(g))
print(next(g))
print(next(g, "default instead of error"))
h = two()
print(list(h))
print("about to call next() on an exhausted generator")
next(g)
print("never printed")
