# staticmethod and classmethod objects themselves: what they wrap, that a static
# method can be called straight from the class body, and their reprs.
def helper(x):
    return x * 10


class Tools:
    scale = staticmethod(helper)
    SCALED = [scale(i) for i in range(3)] if False else None
    table = [scale(1), scale(2)]

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def gen(n):
        yield from range(n)


print(Tools.table, Tools.scale(4), list(Tools.gen(3)))
sm = Tools.__dict__["scale"]
cm = Tools.__dict__["make"]
print(type(sm).__name__, sm.__func__ is helper, sm(5))
print(type(cm).__name__, cm.__func__.__name__)
print(repr(staticmethod(helper)).startswith("<staticmethod(<function helper at "))
print(repr(classmethod(helper)).startswith("<classmethod(<function helper at "))
print(isinstance(Tools.make(), Tools), Tools().make().__class__.__name__)
try:
    cm()
except TypeError as e:
    print(type(e).__name__, e)
