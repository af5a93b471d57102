# staticmethod and classmethod: alternative constructors that work for subclasses, and
# a helper that needs no instance.
class Path:
    sep = "/"

    def __init__(self, parts):
        self.parts = list(parts)

    @classmethod
    def from_string(cls, text):
        return cls(p for p in text.split(cls.sep) if p)

    @staticmethod
    def clean(part):
        return part.strip().lower()

    def walk(self):
        for i in range(1, len(self.parts) + 1):
            yield self.sep.join(self.parts[:i])

    def __repr__(self):
        return f"{type(self).__name__}({self.sep.join(self.parts)!r})"


class WinPath(Path):
    sep = "\\"


p = Path.from_string("/usr/local/bin")
w = WinPath.from_string("C:\\Users\\ada")
print(p, w, type(w).__name__)
print(list(p.walk()))
print(list(w.walk()))
print(Path.clean("  ETC "), p.clean(" Bin"), WinPath.clean("X"))
print(p.from_string("a/b").parts)
print(type(Path.__dict__["clean"]).__name__, type(Path.__dict__["from_string"]).__name__)
print(Path.from_string.__self__ is Path, WinPath.from_string.__self__ is WinPath)
try:
    Path.from_string()
except TypeError as e:
    print(type(e).__name__, e)
try:
    staticmethod()
except TypeError as e:
    print(type(e).__name__, e)
