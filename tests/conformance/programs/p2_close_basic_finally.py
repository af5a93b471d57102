# close() raises GeneratorExit at the paused yield; finally blocks run
def gen():
    try:
        print("  start")
        yield 1
        print("  after 1")
        yield 2
        print("  after 2")
    finally:
        print("  finally runs")

g = gen()
print(next(g))
print("closing")
print("close() returned", g.close())
print("after close")
try:
    next(g)
except StopIteration:
    print("next -> StopIteration")
print(list(g))

# close in the middle of a for loop over the generator
h = gen()
for v in h:
    print("got", v)
    if v == 1:
        h.close()
        print("closed inside the loop")
print("loop ended")

# GeneratorExit is visible inside with except
def watch():
    try:
        yield "x"
    except GeneratorExit as e:
        print("  GeneratorExit seen, args:", e.args, "type:", type(e).__name__)
        raise

w = watch()
next(w)
w.close()
print("issubclass(GeneratorExit, Exception):", issubclass(GeneratorExit, Exception))
print("issubclass(GeneratorExit, BaseException):", issubclass(GeneratorExit, BaseException))
