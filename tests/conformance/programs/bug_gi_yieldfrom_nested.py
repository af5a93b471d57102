# gi_yieldfrom along a chain of delegating generators, read from inside each level
# and after each delegate finishes or fails.
def leaf(tag):
    yield tag
    return tag * 2


def middle():
    got = yield from leaf("x")
    print("middle after leaf:", got, mid.gi_yieldfrom)
    try:
        yield from broken()
    except RuntimeError as e:
        print("middle caught", e, mid.gi_yieldfrom)
    return "m"


def broken():
    yield "b"
    raise RuntimeError("broken")


def top():
    r = yield from mid
    print("top after middle:", r, t.gi_yieldfrom)


mid = middle()
t = top()
for v in t:
    print("value", v, "top delegates to", t.gi_yieldfrom.__name__ if t.gi_yieldfrom else None,
          "middle to", mid.gi_yieldfrom.__name__ if mid.gi_yieldfrom else None)
print(t.gi_yieldfrom, mid.gi_yieldfrom)
