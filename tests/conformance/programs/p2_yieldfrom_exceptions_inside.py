# exceptions raised inside a sub-generator reach the delegating generator
def risky(n):
    for i in range(n):
        if i == 2:
            raise ValueError("i is 2")
        yield i

def safe():
    try:
        yield from risky(5)
    except ValueError as e:
        print("  safe caught:", e)
        yield "fallback"
    yield "after"

print(list(safe()))

# StopIteration from inside the sub-generator becomes RuntimeError in the sub-generator
def bad_sub():
    yield 1
    raise StopIteration("leak")

def delegating():
    try:
        yield from bad_sub()
    except RuntimeError as e:
        print("  delegating caught RuntimeError:", e)
    yield "continues"

print(list(delegating()))

# a sub-generator returns a value through a StopIteration-like path
def returner():
    yield "r"
    return {"status": "ok"}

def user():
    info = yield from returner()
    yield info["status"]

print(list(user()))

# an exception in the middle keeps earlier yielded values
out = []
try:
    for v in risky(10):
        out.append(v)
except ValueError as e:
    print("loop stopped:", e)
print(out)
