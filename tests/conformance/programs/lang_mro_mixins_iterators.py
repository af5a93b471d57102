# Mixins that add behaviour to iterator classes: one counts values, one adds a peek,
# combined in either order.
class CountingMixin:
    def __next__(self):
        value = super().__next__()
        self.count = getattr(self, "count", 0) + 1
        return value


class PeekMixin:
    def peek(self):
        if not hasattr(self, "_peeked"):
            self._peeked = super().__next__()
        return self._peeked

    def __next__(self):
        if hasattr(self, "_peeked"):
            value = self._peeked
            del self._peeked
            return value
        return super().__next__()


class Letters:
    def __init__(self, text):
        self._it = iter(text)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


class CountedPeekable(CountingMixin, PeekMixin, Letters):
    pass


class PeekableCounted(PeekMixin, CountingMixin, Letters):
    pass


a = CountedPeekable("abcd")
print(a.peek(), a.peek(), next(a), list(a), a.count)
b = PeekableCounted("abcd")
print(b.peek(), next(b), list(b), b.count)
print([c.__name__ for c in CountedPeekable.mro()])
try:
    PeekableCounted("").peek()
except StopIteration:
    print("StopIteration from peek")
