# return values of generators being closed
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("  got GeneratorExit, returning a value")
        return "ignored by close"

g = gen()
next(g)
print("close() returns:", g.close())

# return in finally during close
def gen2():
    try:
        yield 1
    finally:
        print("  finally returns")
        return "finally value"

h = gen2()
next(h)
print("close() returns:", h.close())
print(next(h, "finished"))

# a generator finished with return: close does nothing
def gen3():
    yield 1
    return 99

k = gen3()
next(k)
try:
    next(k)
except StopIteration as e:
    print("return value:", e.value)
print("close() returns:", k.close())

# raising a different exception during close propagates
def gen4():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("cleanup failed")

m = gen4()
next(m)
try:
    m.close()
except ValueError as e:
    print("close raised ValueError:", e)
    print("context:", type(e.__context__).__name__)
print(next(m, "m is finished"))
