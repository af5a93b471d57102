# A class-based wrapper around a generator that logs next, send and throw and passes
# the generator's other attributes on; the wrapped generator handles a thrown error.
class Logged:
    def __init__(self, gen):
        self._gen = gen
        self.log = []

    def __iter__(self):
        return self

    def __next__(self):
        self.log.append("next")
        return next(self._gen)

    def send(self, value):
        self.log.append(f"send {value!r}")
        return self._gen.send(value)

    def throw(self, exc):
        self.log.append(f"throw {type(exc).__name__}")
        return self._gen.throw(exc)

    def __getattr__(self, name):
        return getattr(self._gen, name)


def worker():
    done = 0
    while True:
        try:
            job = yield done
            done += 1
            print("working on", job)
        except KeyError as e:
            print("skipped", e)


w = Logged(worker())
print(next(w), w.send("a"), w.send("b"))
print(w.throw(KeyError("c")), w.gi_suspended)
try:
    w.throw(ValueError("fatal"))
except ValueError as e:
    print(type(e).__name__, e, w.gi_frame)
print(w.log)
