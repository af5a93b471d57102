# yield from forwards send/throw/close to any iterator that has those methods
class Recorder:
    def __init__(self):
        self.log = []
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.log.append("next")
        self.n += 1
        if self.n > 3:
            raise StopIteration("recorder done")
        return self.n
    def send(self, value):
        self.log.append("send " + repr(value))
        return "sent " + repr(value)
    def throw(self, exc):
        self.log.append("throw " + type(exc).__name__)
        return "swallowed"
    def close(self):
        self.log.append("close")

rec = Recorder()

def delegate():
    result = yield from rec
    print("  result:", result)
    yield "after"

d = delegate()
print(next(d))
print(d.send("hello"))
print(d.send(None))
print(d.throw(ValueError("v")))
print(next(d))
print(next(d))
print(rec.log)

rec2 = Recorder()
def delegate2():
    yield from rec2
d2 = delegate2()
next(d2)
d2.close()
print(rec2.log)
