# yield from vs a for loop: same values, different send/throw behaviour
def inner():
    received = []
    while len(received) < 2:
        x = yield len(received)
        received.append(x)
    return received

def with_yield_from():
    r = yield from inner()
    yield ("result", r)

def with_for_loop():
    r = None
    for v in inner():
        yield v
    yield ("result", r)

g1 = with_yield_from()
g2 = with_for_loop()
print(next(g1), next(g2))
print(g1.send("a"), g2.send("a"))
print(g1.send("b"), g2.send("b"))

def catcher():
    try:
        yield 1
    except ValueError:
        yield "inner caught"

def yf():
    yield from catcher()

def loop():
    try:
        for v in catcher():
            yield v
    except ValueError:
        yield "outer caught"

a, b = yf(), loop()
next(a)
next(b)
print(a.throw(ValueError), "|", b.throw(ValueError))
