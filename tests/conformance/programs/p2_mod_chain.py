# itertools.chain and chain.from_iterable
import itertools

print(list(itertools.chain([1, 2], (3,), "ab", range(2))))
print(list(itertools.chain()))
print(list(itertools.chain([], "", [None])))

def gen(tag, n):
    print("  start", tag)
    for i in range(n):
        yield tag + str(i)

c = itertools.chain(gen("a", 2), gen("b", 1))
print("chain created, nothing started")
print(next(c))
print(list(c))

print(list(itertools.chain.from_iterable(["ab", "cd", "e"])))
print(list(itertools.chain.from_iterable([[1, 2], [], [3]])))

# from_iterable pulls the inner iterables lazily, even from an infinite source
def rows():
    n = 1
    while True:
        print("  making row", n)
        yield [n] * n
        n += 1

flat = itertools.chain.from_iterable(rows())
print(list(itertools.islice(flat, 6)))

# flattening one level of a nested list
nested = [[1, [2]], [3], [[4, 5]]]
print(list(itertools.chain.from_iterable(nested)))
print(sum(itertools.chain([1, 2], [3, 4])))
try:
    list(itertools.chain([1], 5))
except TypeError as e:
    print("TypeError:", e)
