# throwing GeneratorExit or StopIteration by hand
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup")

g = gen()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit came back out of throw()")
print(next(g, "closed"))

# a generator that catches the thrown GeneratorExit and yields: throw returns the value
def catches():
    try:
        yield 1
    except GeneratorExit:
        print("  caught GeneratorExit")
    yield 2

c = catches()
next(c)
print("throw returned", c.throw(GeneratorExit))
c.close()
print("close afterwards works")

# StopIteration thrown in is converted (PEP 479)
def plain():
    yield 1
    yield 2

p = plain()
next(p)
try:
    p.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(p))

# but a generator may catch StopIteration itself
def catches_stop():
    try:
        yield 1
    except StopIteration:
        yield "caught StopIteration"

q = catches_stop()
next(q)
print(q.throw(StopIteration))
