# attributes after throw/close/exception
import inspect

def gen():
    try:
        yield 1
    except KeyError:
        yield "handled"

def describe(g):
    return (inspect.getgeneratorstate(g), g.gi_frame is None, g.gi_running, g.gi_yieldfrom)

a = gen()
print(describe(a))
next(a)
print(describe(a))
print(a.throw(KeyError))
print(describe(a))
try:
    a.throw(ValueError)
except ValueError:
    print("ValueError escaped")
print(describe(a))

b = gen()
try:
    b.throw(KeyError)
except KeyError:
    print("thrown into unstarted")
print(describe(b))

def delegating():
    yield from gen()

d = delegating()
next(d)
print(inspect.getgeneratorstate(d), type(d.gi_yieldfrom).__name__)
print(d.throw(KeyError))
d.close()
print(describe(d))
