# a class with __iter__ and __next__ used by for, list, sum, zip
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

for n in Countdown(3):
    print("for:", n)
print("list:", list(Countdown(5)))
print("sum:", sum(Countdown(100)))
print("zip:", list(zip(Countdown(3), "abc", Countdown(10))))
print("sorted:", sorted(Countdown(4)))
print("max/min:", max(Countdown(7)), min(Countdown(7)))
print("in:", 3 in Countdown(5), 9 in Countdown(5))
print("enumerate:", list(enumerate(Countdown(2))))
print("join:", "-".join(str(x) for x in Countdown(4)))
a, b, c = Countdown(3)
print("unpack:", a, b, c)

# one-pass: the same object is exhausted after one loop
c = Countdown(2)
print(list(c), list(c))

# next() with and without default
d = Countdown(1)
print(next(d), next(d, "done"))
try:
    next(d)
except StopIteration:
    print("StopIteration from __next__")
print(iter(d) is d)
