# A Range class with classmethod constructors, a generator __iter__, a length
# property and a __repr__ that uses type(self).__name__ for subclasses.
class Range:
    def __init__(self, start, stop, step=1):
        if step == 0:
            raise ValueError("Range() step must not be zero")
        self.start, self.stop, self.step = start, stop, step

    @classmethod
    def upto(cls, stop):
        return cls(0, stop)

    @classmethod
    def around(cls, centre, radius):
        return cls(centre - radius, centre + radius + 1)

    @property
    def length(self):
        return max(0, (self.stop - self.start + self.step - (1 if self.step > 0 else -1)) // self.step)

    def __iter__(self):
        i = self.start
        while (i < self.stop) if self.step > 0 else (i > self.stop):
            yield i
            i += self.step

    def __repr__(self):
        return f"{type(self).__name__}({self.start}, {self.stop}, {self.step})"


class EvenRange(Range):
    def __iter__(self):
        return (i for i in super().__iter__() if i % 2 == 0)


for r in (Range.upto(5), Range.around(10, 2), Range(10, 0, -3), EvenRange.upto(9)):
    print(r, list(r), r.length, len(list(r)) == r.length or type(r).__name__)
try:
    Range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
