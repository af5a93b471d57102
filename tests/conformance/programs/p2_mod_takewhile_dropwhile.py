# itertools.takewhile and itertools.dropwhile
import itertools

data = [1, 3, 5, 6, 7, 9, 2]
print(list(itertools.takewhile(lambda x: x % 2 == 1, data)))
print(list(itertools.dropwhile(lambda x: x % 2 == 1, data)))
print(list(itertools.takewhile(lambda x: x < 0, data)))
print(list(itertools.dropwhile(lambda x: x < 100, data)))

# takewhile consumes the first failing element
it = iter(data)
print(list(itertools.takewhile(lambda x: x < 6, it)))
print("left in it:", list(it))

# on an infinite generator
def squares():
    n = 1
    while True:
        yield n * n
        n += 1

print(list(itertools.takewhile(lambda s: s < 50, squares())))
print(list(itertools.islice(itertools.dropwhile(lambda s: s < 50, squares()), 3)))

# skipping a header block in lines
lines = ["# comment", "# another", "data 1", "# not skipped", "data 2"]
print(list(itertools.dropwhile(lambda l: l.startswith("#"), lines)))

# the predicate is called lazily
def pred(x):
    print("  pred", x)
    return x < 3

tw = itertools.takewhile(pred, [1, 2, 3, 4])
print(next(tw))
print(list(tw))
