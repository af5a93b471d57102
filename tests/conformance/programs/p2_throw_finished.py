# throw() into a finished generator raises the exception directly
def short():
    yield 1

g = short()
print(list(g))
try:
    g.throw(ValueError("after the end"))
except ValueError as e:
    print("raised directly:", e)
try:
    g.throw(ValueError)
except ValueError as e:
    print("class form:", repr(e))

# the same for a closed generator
h = short()
next(h)
h.close()
try:
    h.throw(KeyError("closed"))
except KeyError as e:
    print("closed generator:", e)

# StopIteration thrown into a finished generator is just raised as-is
try:
    g.throw(StopIteration("stop it"))
except StopIteration as e:
    print("StopIteration:", e)

# for a suspended generator StopIteration thrown in and not caught becomes RuntimeError
k = short()
next(k)
try:
    k.throw(StopIteration("inside"))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
print(next(k, "k finished"))
