# A hand-made cached property: a descriptor-free version using a property that stores
# its result in the instance dict under another name.
class Dataset:
    loads = 0

    def __init__(self, n):
        self.n = n

    @property
    def rows(self):
        if "_rows" not in self.__dict__:
            Dataset.loads += 1
            self.__dict__["_rows"] = [i * i for i in range(self.n)]
        return self._rows

    @rows.deleter
    def rows(self):
        self.__dict__.pop("_rows", None)

    def batches(self, size):
        for i in range(0, len(self.rows), size):
            yield self.rows[i:i + size]


d = Dataset(7)
print(list(d.batches(3)))
print(d.rows[-1], Dataset.loads)
del d.rows
print(sum(d.rows), Dataset.loads)
print(sorted(vars(d)))
try:
    d.rows = []
except AttributeError as e:
    print(type(e).__name__, e)
