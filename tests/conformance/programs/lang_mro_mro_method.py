# Looking at a hierarchy: __mro__, mro(), __bases__, __base__, and isinstance and
# issubclass with several bases.
class Source:
    def items(self):
        yield from ()


class Numbers(Source):
    def items(self):
        yield from range(3)


class Named:
    name = "named"


class Squares(Numbers, Named):
    def items(self):
        for n in super().items():
            yield n * n


print([k.__name__ for k in Squares.__mro__])
print(Squares.mro() == list(Squares.__mro__), type(Squares.mro()).__name__)
print([k.__name__ for k in Squares.__bases__], Squares.__base__.__name__)
print(list(Squares().items()), Squares.name)
print(issubclass(Squares, Named), issubclass(Squares, (int, Source)), isinstance(Squares(), Named))
print(object.__mro__ == (object,), Named.__bases__ == (object,))
print([k.__name__ for k in bool.__mro__])
