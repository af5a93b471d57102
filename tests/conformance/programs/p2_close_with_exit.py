# close() runs __exit__ of active with statements inside the generator
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print("  exit", self.name, "with", kind)
        return False

def use_resources():
    with Resource("outer"):
        yield 1
        with Resource("inner"):
            yield 2
            yield 3
        yield 4

g = use_resources()
print(next(g))
print(next(g))
print("closing while inside both")
g.close()
print("closed")

g = use_resources()
print(next(g))
print("closing while inside outer only")
g.close()
print("consumed fully:")
print(list(use_resources()))

# __exit__ returning True swallows GeneratorExit: close() still succeeds
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("  swallowing", t.__name__ if t else None)
        return True

def swallower():
    with Swallow():
        yield "in with"
    print("  after with")

s = swallower()
next(s)
print("close ->", s.close())
