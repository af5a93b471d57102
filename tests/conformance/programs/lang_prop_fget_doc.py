# The parts of a property object: fget, fset, fdel, its doc, and the copies made by
# getter(), setter() and deleter().
class Buffer:
    def __init__(self):
        self._items = []

    def _get_size(self):
        """Number of items buffered."""
        return len(self._items)

    def _set_size(self, n):
        del self._items[n:]

    size = property(_get_size, _set_size, doc=None)
    described = property(_get_size, doc="explicit doc")

    def fill(self, values):
        for v in values:
            self._items.append(v)
            yield self.size


b = Buffer()
print(list(b.fill("abcde")))
b.size = 2
print(b.size, b._items)
p = Buffer.size
print(p.fget is Buffer._get_size, p.fset is Buffer._set_size, p.fdel)
print(p.__doc__, "|", Buffer.described.__doc__)
q = p.deleter(lambda self: self._items.clear())
print(q is p, q.fget is p.fget, q.fdel is not None, p.fdel)
Buffer.size = q
del b.size
print(b.size)
r = q.getter(lambda self: -1)
print(r.fget(b), r.fset is q.fset)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
