# throw() is forwarded to the delegated generator
def inner():
    while True:
        try:
            yield "inner waiting"
        except ValueError as e:
            print("  inner handled", e)
            yield "inner recovered"

def outer():
    try:
        yield from inner()
    except KeyError as e:
        print("  outer handled", repr(e))
        yield "outer recovered"

g = outer()
print(next(g))
print(g.throw(ValueError("v1")))
print(next(g))
print(g.throw(KeyError("k1")))
print(next(g, "outer done"))

# the inner generator re-raises: the delegating generator sees it at the yield from
def inner2():
    try:
        yield 1
    finally:
        print("  inner2 finally")

def outer2():
    try:
        yield from inner2()
    except IndexError:
        print("  outer2 caught IndexError from the delegation")
    yield "outer2 after"

h = outer2()
next(h)
print(h.throw(IndexError))

# the delegation to a plain iterator: throw goes into the delegating generator
def over_list():
    try:
        yield from [1, 2, 3]
    except ZeroDivisionError:
        yield "caught in over_list"

o = over_list()
print(next(o))
print(o.throw(ZeroDivisionError))
