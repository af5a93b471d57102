# An iterator class whose state is read through properties: remaining and done are
# computed, position is read-only.
class Countdown:
    def __init__(self, start):
        self._start = start
        self._current = start

    @property
    def remaining(self):
        return self._current

    @property
    def done(self):
        return self._current <= 0

    @property
    def position(self):
        """How many values were given."""
        return self._start - self._current

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration
        self._current -= 1
        return self._current + 1


c = Countdown(4)
print(c.remaining, c.done, c.position)
print(next(c), next(c), c.remaining, c.position)
print(list(c), c.done, c.remaining)
print(Countdown.position.__doc__)
try:
    c.position = 0
except AttributeError as e:
    print(type(e).__name__, e)
try:
    next(c)
except StopIteration:
    print("StopIteration")
print(isinstance(Countdown.done, property))
