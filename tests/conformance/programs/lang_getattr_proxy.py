# A proxy around a generator: __getattr__ is asked only for the names the proxy does
# not have, so send, throw and close reach the generator while next is counted.
class CountingProxy:
    def __init__(self, gen):
        self._gen = gen
        self.nexts = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.nexts += 1
        return next(self._gen)

    def __getattr__(self, name):
        print("delegating", name)
        return getattr(self._gen, name)


def echo():
    received = None
    while True:
        received = yield received


p = CountingProxy(echo())
print(next(p), p.send("hi"), p.send(3), p.nexts)
print(p.gi_running, p.__class__.__name__)
p.close()
print(p.gi_frame)
try:
    p.no_such_thing
except AttributeError as e:
    print(type(e).__name__, e)
print(list(CountingProxy(iter("ab"))))
