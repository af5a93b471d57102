# The 3.11 documentation recipes, written out: grouper, roundrobin, powerset.
from itertools import chain, combinations, cycle, islice, zip_longest


def grouper(iterable, n, *, incomplete="fill", fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == "fill":
        return zip_longest(*args, fillvalue=fillvalue)
    if incomplete == "strict":
        return zip(*args)
    if incomplete == "ignore":
        return zip(*args)
    raise ValueError("Expected fill, strict, or ignore")


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


print(list(grouper("ABCDEFG", 3, fillvalue="x")))
print(list(grouper("ABCDEFG", 3, incomplete="ignore")))
print(list(roundrobin("ABC", "D", "EF")))
print(list(powerset([1, 2, 3])))
try:
    grouper("abc", 2, incomplete="nope")
except ValueError as e:
    print(type(e).__name__, e)
