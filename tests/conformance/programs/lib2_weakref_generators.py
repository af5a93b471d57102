# A weak reference to a generator: alive while something holds it, dead once the
# last reference goes and its finally has run.
import weakref


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finalized")


g = gen()
r = weakref.ref(g, lambda ref: print("callback: dead"))
print(next(g), r() is g)
del g
print("after del:", r())


def f():
    return 1


rf = weakref.ref(f)
print(rf() is f, rf()())
