# Observers held through weak references: when an observer object goes away its
# ref returns None and it is skipped.
import weakref


class Listener:
    def __init__(self, name):
        self.name = name

    def notify(self, event):
        print(self.name, "got", event)


class Subject:
    def __init__(self):
        self.refs = []

    def attach(self, listener):
        self.refs.append(weakref.ref(listener))

    def live(self):
        for r in self.refs:
            obj = r()
            if obj is not None:
                yield obj

    def emit(self, event):
        for obj in self.live():
            obj.notify(event)


s = Subject()
a, b = Listener("a"), Listener("b")
s.attach(a)
s.attach(b)
s.emit("first")
del a
s.emit("second")
print([r() is None for r in s.refs], weakref.getweakrefcount(b))
