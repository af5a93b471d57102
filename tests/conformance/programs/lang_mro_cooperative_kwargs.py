# Cooperative __init__ with keyword arguments: each class takes its own keywords and
# passes the rest on through super(), as in the well-known "super considered super".
class Source:
    def __init__(self, **kwargs):
        if kwargs:
            raise TypeError(f"unexpected options: {sorted(kwargs)}")

    def values(self):
        return iter(())


class Range(Source):
    def __init__(self, stop, **kwargs):
        self.stop = stop
        super().__init__(**kwargs)

    def values(self):
        return iter(range(self.stop))


class Filtered(Source):
    def __init__(self, keep=None, **kwargs):
        self.keep = keep
        super().__init__(**kwargs)

    def values(self):
        return (v for v in super().values() if self.keep is None or self.keep(v))


class Scaled(Source):
    def __init__(self, factor=1, **kwargs):
        self.factor = factor
        super().__init__(**kwargs)

    def values(self):
        for v in super().values():
            yield v * self.factor


class Pipeline(Scaled, Filtered, Range):
    pass


p = Pipeline(stop=10, keep=lambda v: v % 3 == 0, factor=100)
print(list(p.values()))
print([k.__name__ for k in Pipeline.__mro__])
try:
    Pipeline(stop=3, colour="blue")
except TypeError as e:
    print(type(e).__name__, e)
