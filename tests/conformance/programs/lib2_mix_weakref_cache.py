# A cache of parsed records keyed by name that holds them weakly: entries vanish
# when the program drops the records.
import weakref


class Record:
    def __init__(self, name):
        self.name = name


class Cache:
    def __init__(self):
        self.refs = {}

    def get(self, name):
        r = self.refs.get(name)
        obj = r() if r is not None else None
        if obj is None:
            print("  parse", name)
            obj = Record(name)
            self.refs[name] = weakref.ref(obj)
        return obj

    def alive(self):
        return sorted(k for k, r in self.refs.items() if r() is not None)


c = Cache()
a = c.get("a")
b = c.get("b")
print(c.get("a") is a, c.alive())
del a
print(c.alive())
a2 = c.get("a")
print(c.alive())
