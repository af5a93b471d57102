# nested try blocks: the innermost matching handler wins
def nested():
    while True:
        try:
            try:
                yield "inner"
            except KeyError:
                print("  inner handler: KeyError")
            except LookupError:
                print("  inner handler: LookupError")
        except ValueError:
            print("  outer handler: ValueError")

g = nested()
print(next(g))
print(g.throw(KeyError))
print(g.throw(IndexError))
print(g.throw(ValueError))
print(g.throw(UnicodeError))
try:
    g.throw(TypeError("escapes"))
except TypeError as e:
    print("escaped:", e)

# re-raising from a handler with a modified message
def wrapper():
    try:
        yield 1
    except Exception as e:
        print("  wrapping", type(e).__name__)
        raise RuntimeError("wrapped(" + str(e) + ")") from e

w = wrapper()
next(w)
try:
    w.throw(OSError("disk"))
except RuntimeError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__)
