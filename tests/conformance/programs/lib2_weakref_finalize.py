# weakref.finalize: cleanup that runs once when an object dies, even when the
# finalizer is not kept; calling, detaching and peeking; the ones still pending
# run at exit.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


def opened(names):
    for n in names:
        r = Resource(n)
        weakref.finalize(r, print, "released", n)
        yield r


a = Resource("a")
f = weakref.finalize(a, print, "finalized", 1, sep="-")
print(f.alive, f.atexit)
del a
print(f.alive, f())
b = Resource("b")
g = weakref.finalize(b, lambda: "result")
print(g(), g.alive, g(), g.detach(), g.peek())
c = Resource("c")
h = weakref.finalize(c, print, "h")
obj, fn, args, kw = h.detach()
print(obj.name, fn is print, args, kw, h.alive)
for r in opened(["x", "y"]):
    print("using", r.name)
print("loop done")
keep = Resource("kept")
weakref.finalize(keep, print, "at exit")
try:
    weakref.finalize(1, print)
except TypeError as e:
    print(type(e).__name__, e)
print("end")
