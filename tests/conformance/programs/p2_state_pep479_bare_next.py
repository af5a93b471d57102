# a bare next() on an exhausted iterator inside a generator: PEP 479 RuntimeError
def first_of_each(iterables):
    for it in iterables:
        yield next(iter(it))

try:
    print(list(first_of_each(["abc", [1, 2], [], "z"])))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__)

# the safe version uses a default
def first_or_none(iterables):
    for it in iterables:
        yield next(iter(it), None)

print(list(first_or_none(["abc", [1, 2], [], "z"])))

# pairs from one iterator: next() inside a generator
def pairs(iterable):
    it = iter(iterable)
    for a in it:
        b = next(it)
        yield (a, b)

print(list(pairs([1, 2, 3, 4])))
try:
    print(list(pairs([1, 2, 3])))
except RuntimeError as e:
    print("odd length:", e)

# the safe pairs: catch StopIteration and return
def safe_pairs(iterable):
    it = iter(iterable)
    for a in it:
        try:
            b = next(it)
        except StopIteration:
            return
        yield (a, b)

print(list(safe_pairs([1, 2, 3])))

# a generator exhausted inside another generator
def inner():
    yield 1

def outer():
    i = inner()
    yield next(i)
    yield next(i)

o = outer()
print(next(o))
try:
    next(o)
except RuntimeError as e:
    print("outer:", e)
