# what StopIteration carries for different return statements
def make(kind):
    yield "x"
    if kind == "bare":
        return
    if kind == "none":
        return None
    if kind == "int":
        return 7
    if kind == "tuple":
        return (1, 2)
    if kind == "list":
        return [3]
    if kind == "falloff":
        pass

for kind in ["bare", "none", "int", "tuple", "list", "falloff"]:
    g = make(kind)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(kind.ljust(8), "value =", repr(e.value), "args =", e.args, "str =", repr(str(e)))

# returning an exception object is just a value
def returns_exception():
    return ValueError("not raised")
    yield

try:
    next(returns_exception())
except StopIteration as e:
    print(type(e.value).__name__, e.value)

# a return value through try/finally
def with_finally():
    try:
        yield 1
        return "from try"
    finally:
        print("  finally runs before the StopIteration")

g = with_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
