# Variable annotations at module and class level go into __annotations__; one without
# a value binds nothing.
limit: int = 10
name: str
ratio: "float" = 0.5
print(__annotations__)
print(limit, ratio)
try:
    print(name)
except NameError as e:
    print(type(e).__name__, e)


class Record:
    id: int
    title: str = "untitled"
    tags: list = []

    def fields(self):
        yield from type(self).__annotations__


r = Record()
print(Record.__annotations__, list(r.fields()))
print(r.title, hasattr(Record, "id"))


class Plain:
    pass


print(Plain.__annotations__, "__annotations__" in Plain.__dict__)


class Child(Record):
    extra: bool = True


print(Child.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print(type(e).__name__, e)
