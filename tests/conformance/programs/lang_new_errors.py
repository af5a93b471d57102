# The errors of object.__new__ and of calls with arguments that no __init__ takes.
class Empty:
    pass


class OwnInit:
    def __init__(self, x):
        self.x = x


class OwnNew:
    def __new__(cls, *args):
        return object.__new__(cls, *args)


tries = [
    ("Empty(1)", lambda: Empty(1)),
    ("object.__new__(Empty, 1)", lambda: object.__new__(Empty, 1)),
    ("object.__new__(OwnInit, 1)", lambda: object.__new__(OwnInit, 1).__class__.__name__),
    ("OwnNew(1)", lambda: OwnNew(1)),
    ("OwnNew()", lambda: type(OwnNew()).__name__),
    ("object.__new__(int)", lambda: object.__new__(int)),
    ("object.__new__(5)", lambda: object.__new__(5)),
    ("object.__new__()", lambda: object.__new__()),
]
for text, attempt in tries:
    try:
        print(text, "->", attempt())
    except TypeError as e:
        print(text, "->", type(e).__name__, e)
