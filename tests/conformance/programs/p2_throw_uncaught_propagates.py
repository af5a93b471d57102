# an exception the generator does not handle propagates out of throw()
def gen():
    print("  start")
    yield 1
    print("  never reached")
    yield 2

g = gen()
print(next(g))
try:
    g.throw(IndexError("out of range"))
except IndexError as e:
    print("caller got IndexError:", e)
# the generator is now closed
try:
    next(g)
except StopIteration:
    print("next -> StopIteration")
print(list(g))

# an except clause that does not match lets it through, finally still runs
def gen2():
    try:
        yield "a"
    except KeyError:
        print("  not this one")
    finally:
        print("  finally runs")

h = gen2()
next(h)
try:
    h.throw(TypeError("wrong type"))
except TypeError as e:
    print("caller got TypeError:", e)
print(next(h, "closed"))

# the generator can translate the exception into another one
def translator():
    try:
        yield 1
    except ZeroDivisionError as e:
        raise ValueError("translated: " + str(e))

t = translator()
next(t)
try:
    t.throw(ZeroDivisionError("div"))
except ValueError as e:
    print("ValueError:", e, "| context:", repr(e.__context__))
