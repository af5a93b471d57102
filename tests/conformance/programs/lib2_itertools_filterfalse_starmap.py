# filterfalse, starmap and compress in a small pipeline over generator input.
from itertools import compress, count, filterfalse, islice, starmap


def readings():
    for v in [3, -1, 4, 0, -5, 9, 2, -6]:
        print("  reading", v)
        yield v


bad = filterfalse(lambda v: v >= 0, readings())
print(next(bad))
print(list(bad))
print(list(filterfalse(None, [0, 1, "", "x", None, [], [0]])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda name, n: name * n, zip("abc", count(1)))))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress(count(), islice(count(), 5))))
print(list(compress(data=range(10), selectors=(n % 3 == 0 for n in range(10)))))
odd = filterfalse(lambda n: n % 2 == 0, count())
print(list(islice(odd, 5)))
for make in (lambda: filterfalse(None), lambda: starmap(pow), lambda: compress([1]),
             lambda: list(starmap(pow, [1, 2])), lambda: list(starmap(pow, [(1, 2, 3, 4)])),
             lambda: filterfalse(None, [], key=1)):
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)
