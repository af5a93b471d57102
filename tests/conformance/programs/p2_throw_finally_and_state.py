# throw() interacts with try/finally inside the generator
def worker():
    for i in range(3):
        try:
            print("  begin", i)
            yield i
            print("  end", i)
        finally:
            print("  cleanup", i)

g = worker()
print(next(g))
print(next(g))
try:
    g.throw(RuntimeError("stop work"))
except RuntimeError as e:
    print("caller:", e)
print(next(g, "closed"))

# finally that yields during an exception: throw returns that value
def stubborn_finally():
    try:
        yield "body"
    finally:
        print("  finally yields")
        yield "from finally"
        print("  finally done")

s = stubborn_finally()
print(next(s))
print(s.throw(ValueError("v")))
try:
    next(s)
except ValueError as e:
    print("ValueError re-raised after finally:", e)

# locals survive a caught throw
def keeps_state():
    total = 0
    while True:
        try:
            total += yield total
        except TypeError:
            total = -total

k = keeps_state()
next(k)
print(k.send(5), k.send(7), k.throw(TypeError), k.send(2))
