def echo():
    received = yield "first"
    print("  received:", received)
    received = yield "second"
    print("  received:", received)
    x = (yield "third")
    print("  x is None:", x is None)
g = echo()
print(next(g))
print(next(g))
print(next(g))
print(next(g, "exhausted"))
def counter():
    n = 0
    while n < 3:
        got = yield n
        print("  got", got, "for", n)
        n += 1
print(list(counter()))
def yield_in_expr():
    total = 0
    for i in range(3):
        r = yield i * 10
        total += 0 if r is None else r
    yield total
print(list(yield_in_expr()))
def bare_yield():
    yield
    yield
print(list(bare_yield()))
