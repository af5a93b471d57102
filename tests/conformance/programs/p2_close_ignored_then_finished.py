# close() after a RuntimeError("generator ignored GeneratorExit")
def gen():
    attempts = 0
    while attempts < 3:
        try:
            yield attempts
        except GeneratorExit:
            attempts += 1
            print("  ignoring GeneratorExit, attempt", attempts)
    print("  giving up, returning")

g = gen()
print(next(g))
for i in range(4):
    try:
        g.close()
        print("close", i, "succeeded")
    except RuntimeError as e:
        print("close", i, "failed:", e)
print(next(g, "exhausted"))

# ignoring GeneratorExit from inside a finally with a yield
def gen2():
    try:
        yield 1
    finally:
        yield "from finally"

h = gen2()
next(h)
try:
    h.close()
except RuntimeError as e:
    print("gen2:", e)
# resuming runs the rest of the finally, which re-raises the pending GeneratorExit
try:
    next(h)
except GeneratorExit:
    print("GeneratorExit came out of next()")
print(next(h, "gen2 done"))
