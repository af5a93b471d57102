# generator expressions are generators: send, throw, close and states work on them
import inspect

ge = (x * 10 for x in range(4))
print(type(ge).__name__, inspect.getgeneratorstate(ge))
try:
    ge.send(5)
except TypeError as e:
    print("TypeError:", e)
print(ge.send(None))
print(ge.send("ignored"), "(the sent value is simply dropped)")
print(inspect.getgeneratorstate(ge))
try:
    ge.throw(ValueError("into genexp"))
except ValueError as e:
    print("ValueError:", e)
print(inspect.getgeneratorstate(ge), next(ge, "closed"))

ge2 = (c.upper() for c in "abc")
print(next(ge2))
print(ge2.close(), list(ge2))

# a genexp whose source is a generator with cleanup: closing the genexp closes the source
def source():
    try:
        yield 1
        yield 2
    finally:
        print("  source finally")

ge3 = (v + 100 for v in source())
print(next(ge3))
ge3.close()
print("genexp closed")
ge4 = (v for v in source())
print(next(ge4))
del ge4
print("genexp dropped")
