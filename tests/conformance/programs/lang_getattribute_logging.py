# __getattribute__ sees every attribute read; object.__getattribute__ does the real
# lookup. A traced iterator records which attributes its loop used.
class Traced:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        object.__setattr__(self, "seen", []) if False else None
        self.seen = []

    def __getattribute__(self, name):
        if name != "seen":
            object.__getattribute__(self, "seen").append(name)
        return object.__getattribute__(self, name)

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.data):
            raise StopIteration
        self.pos += 1
        return self.data[self.pos - 1]


t = Traced("xy")
print(list(t))
print(t.seen)
try:
    t.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(t.seen[-1])
