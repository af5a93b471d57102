# an iterable (new iterator each time) vs an iterator (one pass)
class MyRange:
    def __init__(self, start, stop):
        self.start = start
        self.stop = stop

    def __iter__(self):
        return MyRangeIterator(self.start, self.stop)

class MyRangeIterator:
    def __init__(self, current, stop):
        self.current = current
        self.stop = stop

    def __iter__(self):
        return self

    def __next__(self):
        if self.current >= self.stop:
            raise StopIteration
        self.current += 1
        return self.current - 1

r = MyRange(1, 4)
print(list(r), list(r))
print([(a, b) for a in r for b in r if a < b])
it = iter(r)
print(list(it), list(it))
print(type(iter(r)).__name__, iter(it) is it)

# a class with no __iter__ is not iterable
class Plain:
    pass

try:
    for x in Plain():
        pass
except TypeError as e:
    print("TypeError:", e)

# __iter__ returning something that is not an iterator
class Broken:
    def __iter__(self):
        return 42

try:
    iter(Broken())
except TypeError as e:
    print("TypeError:", e)

# __next__ only, without __iter__: works with next() but not with for
class NextOnly:
    def __next__(self):
        return 1

print(next(NextOnly()))
try:
    list(NextOnly())
except TypeError as e:
    print("TypeError:", e)
