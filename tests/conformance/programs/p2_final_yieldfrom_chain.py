# dropping a delegating generator closes the whole chain, innermost first
def inner(tag):
    try:
        yield tag + ".1"
        yield tag + ".2"
    finally:
        print("  inner", tag, "finally")

def middle(tag):
    try:
        yield from inner(tag)
    finally:
        print("  middle", tag, "finally")

def outer(tag):
    try:
        yield from middle(tag)
    finally:
        print("  outer", tag, "finally")

g = outer("A")
print(next(g))
del g
print("after del")

for v in outer("B"):
    print(v)
    break
print("after break")

h = outer("C")
print(next(h))
print(next(h))
h = None
print("after rebinding")
