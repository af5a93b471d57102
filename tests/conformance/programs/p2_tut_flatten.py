# tutorial: flatten nested lists with yield from
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

data = [1, [2, 3, [4, 5]], [[6]], 7, [], [[[8, [9]]]]]
print(list(flatten(data)))
print(sum(flatten(data)))
print(max(flatten(data)))

# flatten lazily: only the needed part of the structure is visited
def noisy_flatten(nested, depth=0):
    for item in nested:
        if isinstance(item, list):
            print("  " * depth + "entering a list of", len(item))
            yield from noisy_flatten(item, depth + 1)
        else:
            yield item

gen = noisy_flatten([[1, 2], [[3]], [4]])
print(next(gen))
print(next(gen))
print(next(gen))

# flatten a dictionary of lists into (key, value) pairs
def pairs(d):
    for key in d:
        for value in flatten([d[key]]):
            yield key, value

print(list(pairs({"a": [1, [2]], "b": 3, "c": []})))
