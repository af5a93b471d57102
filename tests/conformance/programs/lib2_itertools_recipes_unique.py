# More recipes: unique_everseen, unique_justseen, partition, sliding_window, nth,
# all_equal, quantify, first_true, iter_index.
import collections
from itertools import filterfalse, groupby, islice, tee
import operator


def unique_everseen(iterable, key=None):
    seen = set()
    if key is None:
        for element in filterfalse(seen.__contains__, iterable):
            seen.add(element)
            yield element
    else:
        for element in iterable:
            k = key(element)
            if k not in seen:
                seen.add(k)
                yield element


def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


def sliding_window(iterable, n):
    it = iter(iterable)
    window = collections.deque(islice(it, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window.append(x)
        yield tuple(window)


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)


def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))


def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)


print(list(unique_everseen("AAAABBBCCDAABBB")))
print(list(unique_everseen("ABBcCAD", str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")))
print(list(unique_justseen("ABBcCAD", str.lower)))
evens_odd = partition(lambda x: x % 2, range(10))
print([list(p) for p in evens_odd])
print(list(sliding_window("ABCDEFG", 4)))
print(list(sliding_window("AB", 3)))
print(nth(range(10), 3), nth(range(3), 7, "none"))
print(all_equal("aaaa"), all_equal("aab"), all_equal(""))
print(quantify([1, 0, 3, 0, 5]), quantify(range(10), lambda x: x > 6))
print(first_true([0, None, 7, 8]), first_true([], "nothing"), first_true(range(10), pred=lambda x: x > 4))
