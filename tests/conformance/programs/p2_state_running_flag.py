# gi_running is True only while the generator body executes
import inspect

def gen():
    print("  running inside:", g.gi_running, inspect.getgeneratorstate(g))
    x = yield "first"
    print("  resumed with", x, "running:", g.gi_running)
    try:
        yield "second"
    except KeyError:
        print("  in handler, running:", g.gi_running)
        yield "third"
    finally:
        print("  finally, running:", g.gi_running)

g = gen()
print("before:", g.gi_running)
print(next(g), g.gi_running)
print(g.send("S"), g.gi_running)
print(g.throw(KeyError), g.gi_running)
g.close()
print("after close:", g.gi_running, inspect.getgeneratorstate(g))

# a helper called from the body sees it running too
def report(gen):
    return (gen.gi_running, inspect.getgeneratorstate(gen))

def gen2():
    yield report(h)
    yield report(h)

h = gen2()
print(list(h))
print(report(h))
