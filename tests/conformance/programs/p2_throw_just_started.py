# throw() into a just-started generator raises at the very start: the body never runs
def gen():
    print("  body started")
    try:
        yield 1
    except ValueError:
        print("  handled inside")
        yield "handled"
    finally:
        print("  finally")

g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("propagated:", e)
print("next after that:", next(g, "StopIteration"))

# even a catch-all in the body cannot catch it: the try was never entered
def catch_all():
    try:
        print("  inside try")
        yield 1
    except Exception:
        print("  caught")
        yield 2

c = catch_all()
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("KeyError escaped:", e)
try:
    next(c)
except StopIteration:
    print("generator closed without running")

# a class thrown into a just-started generator
d = catch_all()
try:
    d.throw(OSError)
except OSError as e:
    print("OSError escaped:", repr(e))
print(list(d))
