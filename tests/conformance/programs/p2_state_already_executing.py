# a generator that tries to resume itself: ValueError: generator already executing
def selfish():
    yield 1
    try:
        next(me)
    except ValueError as e:
        print("  inside:", e)
    yield 2
    try:
        me.send(None)
    except ValueError as e:
        print("  send inside:", e)
    yield 3
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("  throw inside:", e)
    yield 4

me = selfish()
print(next(me))
print(next(me))
print(next(me))
print(next(me))

# close() on a running generator is also refused
def closer():
    try:
        g2.close()
    except ValueError as e:
        print("  close inside:", e)
    yield "ok"

g2 = closer()
print(next(g2))

# list(self) inside: the error escapes and ends the generator
def lister():
    yield "a"
    print("  lister sees", list(g3))
    yield "b"

g3 = lister()
print(next(g3))
try:
    next(g3)
except ValueError as e:
    print("escaped:", e)
print(next(g3, "g3 finished"))
