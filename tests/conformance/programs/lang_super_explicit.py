# super() with explicit arguments, super(C, self) and super(C, cls), next to the
# zero-argument form, in methods and in class methods.
class Reader:
    def __init__(self, lines):
        self.lines = lines

    def read(self):
        for line in self.lines:
            yield line

    @classmethod
    def create(cls, text):
        return cls(text.splitlines())


class Stripping(Reader):
    def read(self):
        for line in super(Stripping, self).read():
            yield line.strip()

    @classmethod
    def create(cls, text):
        print("Stripping.create for", cls.__name__)
        return super(Stripping, cls).create(text)


class Skipping(Stripping):
    def read(self):
        for line in super().read():
            if line and not line.startswith("#"):
                yield line

    @classmethod
    def create(cls, text):
        print("Skipping.create")
        return super().create(text)


r = Skipping.create("  a \n# comment\n\n  b\n")
print(type(r).__name__, list(r.read()))
print(list(super(Skipping, r).read()))
print(list(super(Stripping, r).read()))
s = super(Skipping, r)
print(type(s).__name__)
try:
    super(Skipping, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(3, r)
except TypeError as e:
    print(type(e).__name__, e)
