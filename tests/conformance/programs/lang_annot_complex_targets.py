# Annotations on attributes and subscripts: the value is stored, the target's parts are
# evaluated even without a value, and nothing goes into __annotations__.
class Holder:
    def __init__(self):
        self.count: int = 0
        self.items: list = []

    def fill(self, n):
        for i in range(n):
            self.items.append(i)
            self.count += 1
            yield self.count


h = Holder()
print(list(h.fill(3)), h.count)
table = {}
table["key"]: str = "value"
print(table)


def lookup():
    print("evaluating the object")
    return h


lookup().count: int
print(__annotations__ if "__annotations__" in dir() else "no annotations")
try:
    missing.attr: int
except NameError as e:
    print(type(e).__name__, e)
(plain): int = 7
print(plain, __annotations__)
