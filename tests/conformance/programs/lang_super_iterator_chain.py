# A hierarchy of iterator classes: each subclass changes what __next__ returns by
# calling its parent's __next__ through super().
class Counter:
    def __init__(self, stop):
        self.i = 0
        self.stop = stop

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.stop:
            raise StopIteration
        self.i += 1
        return self.i


class EvenCounter(Counter):
    def __next__(self):
        value = super().__next__()
        while value % 2:
            value = super().__next__()
        return value


class LabelledEvenCounter(EvenCounter):
    def __init__(self, stop, label):
        super().__init__(stop)
        self.label = label

    def __next__(self):
        return f"{self.label}{super().__next__()}"


print(list(Counter(4)), list(EvenCounter(9)), list(LabelledEvenCounter(7, "#")))
it = LabelledEvenCounter(3, "n")
print(next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration", it.i)
print([k.__name__ for k in type(it).__mro__])
