# inspect.getgeneratorstate through a generator's life
import inspect

def gen():
    print("  inside:", inspect.getgeneratorstate(g))
    yield 1
    print("  inside again:", inspect.getgeneratorstate(g))
    yield 2

g = gen()
print("1.", inspect.getgeneratorstate(g))
next(g)
print("2.", inspect.getgeneratorstate(g))
next(g)
print("3.", inspect.getgeneratorstate(g))
next(g, None)
print("4.", inspect.getgeneratorstate(g))

h = gen()
print("h created:", inspect.getgeneratorstate(h))
h.close()
print("h closed before start:", inspect.getgeneratorstate(h))

def raising():
    yield 1
    raise ValueError("x")

r = raising()
next(r)
try:
    next(r)
except ValueError:
    pass
print("after exception:", inspect.getgeneratorstate(r))

def returns():
    return 5
    yield

t = returns()
print(next(t, "nothing"), inspect.getgeneratorstate(t))
print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)
print(inspect.getgeneratorstate(t) == inspect.GEN_CLOSED)
