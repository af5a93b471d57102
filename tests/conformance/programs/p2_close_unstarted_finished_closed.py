# close() on generators that are not suspended at a yield
def gen():
    try:
        print("  body")
        yield 1
    finally:
        print("  finally")

# just created: the body never runs, finally does not run either
g = gen()
print("close new:", g.close())
print("next after that:", next(g, "exhausted"))

# finished
f = gen()
print(list(f))
print("close finished:", f.close())

# closed twice
c = gen()
next(c)
print("close 1:", c.close())
print("close 2:", c.close())
print("close 3:", c.close())

# a generator that raised an exception is finished too
def broken():
    yield 1
    raise ValueError("broken")

b = broken()
next(b)
try:
    next(b)
except ValueError as e:
    print("ValueError:", e)
print("close broken:", b.close())
print(list(b))
