# gi_frame.f_lineno is the line of the yield where the generator is paused
def gen():
    yield "a"
    x = 1
    yield "b"
    for i in range(2):
        yield i
    yield "end"

g = gen()
start = gen.__code__.co_firstlineno
print("def line offset:", start - start)
print("created, line offset:", g.gi_frame.f_lineno - start)
while True:
    v = next(g, None)
    if v is None:
        break
    print(repr(v), "paused at offset", g.gi_frame.f_lineno - start)

# a multi-line expression: the line of the yield keyword itself
def multi():
    value = (
        yield
        "multi"
    )
    yield value

m = multi()
next(m)
print("multi paused at offset", m.gi_frame.f_lineno - multi.__code__.co_firstlineno)
