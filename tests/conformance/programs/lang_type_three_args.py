# Classes made by calling type(name, bases, namespace): a family of generator stages
# built in a loop, as metaprogramming chapters show it, with type()'s errors.
def make_stage(name, factor):
    def process(self, items):
        for item in items:
            yield item * self.factor

    return type(name, (Stage,), {"factor": factor, "process": process})


class Stage:
    factor = 1

    def process(self, items):
        yield from items

    def __repr__(self):
        return f"<{type(self).__name__} x{self.factor}>"


stages = [make_stage(f"Times{k}", k) for k in (2, 3, 5)]
data = range(1, 4)
for cls in stages:
    data = cls().process(data)
print(list(data))
print([cls() for cls in stages], stages[0].__mro__[1].__name__, stages[1].__qualname__)
Plain = type("Plain", (), {"hello": lambda self: "hi"})
print(Plain().hello(), Plain.__bases__, type(Plain()).__name__, callable(staticmethod(len)))
for args in [(1, (), {}), ("X", 1, {}), ("X", (), []), ("X", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type("X", ())
except TypeError as e:
    print(type(e).__name__, e)
