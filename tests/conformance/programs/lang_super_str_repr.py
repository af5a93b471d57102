# __str__ and __repr__ that extend their parent's through super(): an exception that
# prefixes its message, a record whose str is its repr upper-cased, and the fallbacks
# object.__repr__ and object.__str__.
class AppError(Exception):
    def __str__(self):
        return "app: " + super().__str__()

    def __repr__(self):
        return "R" + super().__repr__()


class Named:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Named({self.n})"


class Loud(Named):
    def __str__(self):
        return super().__str__().upper()


def errors():
    yield AppError("disk", 3)
    yield AppError("net")


for e in errors():
    print(str(e), repr(e), e.args)
print(str(Loud("x")), repr(Loud("y")), f"{Loud('z')}", [Loud("w")])
print(object.__repr__(Named(1)).startswith("<__main__.Named object at 0x"), object.__str__(Named(2)))


class Plain:
    pass


print(str(Plain()).startswith("<__main__.Plain object"), repr(ValueError("v")), str(KeyError("k")))
try:
    raise AppError("boom")
except AppError as err:
    print(err)
raise AppError("uncaught")
