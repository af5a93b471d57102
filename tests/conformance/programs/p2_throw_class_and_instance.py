# throw() accepts an exception class or an instance
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("  caught ValueError, args =", e.args)
        except KeyError as e:
            print("  caught KeyError", repr(e))

g = catcher()
print(next(g))
print(g.throw(ValueError))
print(g.throw(ValueError("with message")))
print(g.throw(ValueError("a", 2)))
print(g.throw(KeyError))
print(g.throw(KeyError("key")))
err = ValueError("same object")
try:
    def reraiser():
        try:
            yield 1
        except ValueError as e:
            print("  identity kept:", e is err)
            raise
    r = reraiser()
    next(r)
    r.throw(err)
except ValueError as e:
    print("back at caller:", e, e is err)

# throwing something that is not an exception
try:
    g.throw(42)
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw("text")
except TypeError as e:
    print("TypeError:", e)
print(next(g))
