# yield from a user-defined iterator class
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        print("  __iter__ called")
        return self
    def __next__(self):
        if self.current <= 0:
            print("  __next__ raising StopIteration")
            raise StopIteration
        self.current -= 1
        return self.current + 1

def gen():
    yield "start"
    result = yield from Countdown(3)
    print("  result of yield from an iterator:", result)
    yield "end"

for v in gen():
    print(v)

# an iterable class whose __iter__ returns a generator
class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        for it in self.items:
            yield it

def bag_gen():
    yield from Bag("x", "y")
    yield from Bag()
    yield from Bag(1)

print(list(bag_gen()))

# send() through yield from to a plain iterator: None works, others fail
def wrapper():
    yield from Countdown(2)

w = wrapper()
print(next(w))
try:
    w.send("value")
except AttributeError as e:
    print("AttributeError:", e)
