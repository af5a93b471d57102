# exceptions thrown into a generator keep their context rules
def gen():
    try:
        yield 1
    except ValueError as e:
        print("  handling", e)
        try:
            yield 2
        except KeyError as k:
            print("  KeyError while handling:", k)
            print("  its context:", repr(k.__context__))
            yield 3

g = gen()
print(next(g))
print(g.throw(ValueError("first")))
print(g.throw(KeyError("second")))
print(next(g, "end"))

# an exception escaping a generator while another is being handled
def faulty():
    try:
        yield 1
    except ValueError:
        raise TypeError("during handling")

f = faulty()
next(f)
try:
    f.throw(ValueError("original"))
except TypeError as e:
    print("TypeError:", e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("suppress_context:", e.__suppress_context__)

# raise ... from None hides the context
def hides():
    try:
        yield 1
    except ValueError:
        raise KeyError("clean") from None

h = hides()
next(h)
try:
    h.throw(ValueError)
except KeyError as e:
    print("KeyError:", e, e.__suppress_context__, e.__cause__)
