# the same sequence from a hand-written iterator class and from a generator
class FibIterator:
    def __init__(self, limit):
        self.limit = limit
        self.a = 0
        self.b = 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value

def fib_generator(limit):
    a, b = 0, 1
    while a <= limit:
        yield a
        a, b = b, a + b

print(list(FibIterator(100)))
print(list(fib_generator(100)))
print(list(FibIterator(100)) == list(fib_generator(100)))

it = FibIterator(10)
gen = fib_generator(10)
print(type(it).__name__, type(gen).__name__)
print(iter(it) is it, iter(gen) is gen)
print(hasattr(it, "send"), hasattr(gen, "send"))
print(hasattr(it, "__next__"), hasattr(gen, "__next__"))
print(next(it), next(gen), next(it), next(gen))
print(list(zip(it, gen)))

# both can be resumed after a break
it2, gen2 = FibIterator(50), fib_generator(50)
for x in it2:
    if x > 3:
        break
for y in gen2:
    if y > 3:
        break
print(list(it2), list(gen2))
