# gi_yieldfrom read from inside the generator: None while it runs, even right after
# its yield from finished; the delegate while it is suspended in one.
def inner(n):
    for i in range(n):
        yield i
    return n * 10


def failing():
    yield "f"
    raise ValueError("inner failed")


def outer():
    print("running, before:", me.gi_yieldfrom)
    total = yield from inner(2)
    print("right after yield from:", total, me.gi_yieldfrom)
    try:
        yield from failing()
    except ValueError as e:
        print("caught", e, "yieldfrom:", me.gi_yieldfrom)
    total = yield from iter([7, 8])
    print("after a list iterator:", total, me.gi_yieldfrom)
    yield "end"


me = outer()
for value in me:
    yf = me.gi_yieldfrom
    print("got", value, "suspended in", type(yf).__name__ if yf is not None else None)
print("closed:", me.gi_yieldfrom)
