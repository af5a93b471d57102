# __init_subclass__: a base class that registers every subclass, with a keyword given
# in the class statement.
class Stage:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.stage_name = name or cls.__name__.lower()
        Stage.registry[cls.stage_name] = cls

    def run(self, items):
        yield from items


class Double(Stage, name="x2"):
    def run(self, items):
        for i in super().run(items):
            yield i * 2


class Negate(Stage):
    def run(self, items):
        return (-i for i in items)


class LoudNegate(Negate, name="loud"):
    pass


print(sorted(Stage.registry), Double.stage_name, LoudNegate.stage_name)
data = range(4)
for name in ("x2", "negate", "x2"):
    data = Stage.registry[name]().run(data)
print(list(data))
try:
    class Bad(Stage, colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Plain:
    pass


try:
    class Child(Plain, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)
