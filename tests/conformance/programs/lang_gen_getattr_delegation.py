# A Stream wrapper that adds map and filter methods and passes everything else on to
# the generator it wraps through __getattr__.
class Stream:
    def __init__(self, iterable):
        self._it = iter(iterable)

    def __iter__(self):
        return self._it

    def map(self, f):
        return Stream(f(x) for x in self._it)

    def filter(self, p):
        return Stream(x for x in self._it if p(x))

    def __getattr__(self, name):
        return getattr(self._it, name)


s = Stream(range(10)).map(lambda x: x * 3).filter(lambda x: x % 2 == 0)
print(next(s._it), s.gi_running, s.__name__)
print(list(s))
g = Stream(iter([1, 2]))
try:
    g.send(None)
except AttributeError as e:
    print(type(e).__name__, e)
gen = Stream(x for x in "ab")
print(gen.send(None), list(gen))
gen.close()
print(gen.gi_frame)
