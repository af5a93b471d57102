# an exception raised by a finally block during finalization is ignored (reported on stderr)
def gen():
    try:
        yield 1
    finally:
        print("  finally starts")
        raise ValueError("raised during finalization")

g = gen()
next(g)
print("dropping g")
g = None
print("still running")

# the same generator closed explicitly raises to the caller instead
h = gen()
next(h)
try:
    h.close()
except ValueError as e:
    print("close() raised:", e)
print("end")
