# what close() does to the generator's attributes
import inspect

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup, state inside:", inspect.getgeneratorstate(g))

g = gen()
print(inspect.getgeneratorstate(g), g.gi_frame is None)
next(g)
print(inspect.getgeneratorstate(g), g.gi_frame is None, g.gi_running)
g.close()
print(inspect.getgeneratorstate(g), g.gi_frame is None, g.gi_running)

n = gen()
n.close()
print("unstarted then closed:", inspect.getgeneratorstate(n), n.gi_frame is None)
