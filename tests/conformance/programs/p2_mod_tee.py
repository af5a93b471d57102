# itertools.tee: several independent iterators over one source
import itertools

def source():
    for i in range(5):
        print("  source yields", i)
        yield i

a, b = itertools.tee(source())
print(next(a), next(a))
print(next(b))
print(list(a))
print(list(b))

# three copies
x, y, z = itertools.tee("abc", 3)
print(list(x), list(y), list(z))

# tee for pairwise differences
def differences(values):
    first, second = itertools.tee(values)
    next(second, None)
    for p, q in zip(first, second):
        yield q - p

print(list(differences([1, 4, 9, 16, 25])))
print(list(differences(iter([7]))))
print(len(itertools.tee([1, 2])), len(itertools.tee([1, 2], 4)), itertools.tee([1], 0))

# lookahead without losing the value
def peek(iterable):
    main, look = itertools.tee(iterable)
    return next(look, None), main

first, stream = peek(x * x for x in range(4))
print("peeked", first, "stream still has", list(stream))
