# once finished, a generator stays finished whatever happens
import inspect

def gen():
    yield 1
    yield 2

g = gen()
print(list(g))
for attempt in range(3):
    print("attempt", attempt, next(g, "empty"), inspect.getgeneratorstate(g))
try:
    g.send(None)
except StopIteration as e:
    print("send(None): StopIteration", e.value)
try:
    g.send("x")
except StopIteration:
    print("send('x'): StopIteration")
print(g.close())
print(list(g), tuple(g), sum(g))
for x in g:
    print("never")
print("for loop over finished generator did nothing")

# a generator that raised is equally finished
def failing():
    yield 1
    raise KeyError("bad")

f = failing()
print(next(f))
try:
    next(f)
except KeyError as e:
    print("KeyError", e)
print(next(f, "finished"), inspect.getgeneratorstate(f))

# the return value is given only once
def ret():
    return "value"
    yield

r = ret()
for i in range(2):
    try:
        next(r)
    except StopIteration as e:
        print("try", i, "value =", e.value)
