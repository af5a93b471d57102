# recursive flatten with yield from
def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, [5]]]], 6])))
print(list(flatten([[], [[]], [[], [7]]])))
print(list(flatten(["ab", ["cd", ("ef", ["gh"])]])))
print(sum(flatten([[1, 2], [3, [4, 5]], (6,)])))

# flatten that also counts depth
def flatten_depth(items, depth=0):
    for item in items:
        if isinstance(item, list):
            yield from flatten_depth(item, depth + 1)
        else:
            yield (item, depth)

for value, depth in flatten_depth([1, [2, [3]], [[4]]]):
    print("  " * depth + str(value))

# strings are iterable too: flatten everything, but treat 1-char strings as atoms
def deep_flatten(x):
    if isinstance(x, str) and len(x) == 1:
        yield x
        return
    try:
        it = iter(x)
    except TypeError:
        yield x
        return
    for sub in it:
        yield from deep_flatten(sub)

print(list(deep_flatten(["hi", [1, ("yo", 2)], range(2)])))
