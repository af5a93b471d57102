# A small record base class that reads its subclasses' annotations to make __init__
# and __repr__, as course code does before showing dataclasses.
class Record:
    def __init__(self, *args):
        fields = list(type(self).__annotations__)
        if len(args) != len(fields):
            raise TypeError(f"{type(self).__name__} takes {len(fields)} values, got {len(args)}")
        for name, value in zip(fields, args):
            expected = type(self).__annotations__[name]
            if not isinstance(value, expected):
                raise TypeError(f"{name} must be {expected.__name__}, not {type(value).__name__}")
            setattr(self, name, value)

    def __iter__(self):
        for name in type(self).__annotations__:
            yield getattr(self, name)

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in zip(type(self).__annotations__, self))
        return f"{type(self).__name__}({inner})"


class Point(Record):
    x: int
    y: int


class Person(Record):
    name: str
    age: int


print(Point(1, 2), list(Person("Ada", 36)))
print(tuple(Point(3, 4)), Person.__annotations__)
for args in [(1,), ("a", 2)]:
    try:
        Point(*args)
    except TypeError as e:
        print(type(e).__name__, e)
