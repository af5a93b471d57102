# __getattr__ that raises: an AttributeError it raises is what the caller sees, and
# other exceptions pass straight through; getattr with a default catches only the first.
class Strict:
    known = {"a": 1}

    def __getattr__(self, name):
        if name.startswith("boom"):
            raise KeyError(name)
        if name in self.known:
            return self.known[name]
        raise AttributeError(f"{type(self).__name__!r} has no setting {name!r}")


s = Strict()
print(s.a, getattr(s, "b", "default"), hasattr(s, "b"))
try:
    s.b
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(s, "boom1", None)
except KeyError as e:
    print(type(e).__name__, e)


def values(obj, names):
    for n in names:
        yield getattr(obj, n, None)


print(list(values(s, ["a", "x", "known"])))
