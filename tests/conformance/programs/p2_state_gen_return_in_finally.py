# control flow in finally blocks affecting generator state
import inspect

def gen():
    try:
        yield 1
        raise ValueError("lost")
    finally:
        return "finally wins"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration:", e.value)
except ValueError:
    print("ValueError (unexpected)")
print(inspect.getgeneratorstate(g))

# break in a finally inside a loop swallows the exception too
def gen2():
    for i in range(3):
        try:
            yield i
            if i == 1:
                raise KeyError("k")
        finally:
            if i == 1:
                print("  break in finally")
                break
    yield "after loop"

print(list(gen2()))

# a thrown exception swallowed by return in finally
def gen3():
    try:
        yield "waiting"
    finally:
        return "swallowed"

h = gen3()
next(h)
try:
    h.throw(TypeError("t"))
except StopIteration as e:
    print("throw -> StopIteration", repr(e.value))
print(inspect.getgeneratorstate(h))
