def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            for sub in flatten(item):
                yield sub
        else:
            yield item
nested = [1, [2, 3], [4, [5, [6, 7]], 8], (9, [10]), [], [[[]]], 11]
print(list(flatten(nested)))
print(sum(flatten(nested)))
print(list(flatten(["ab", ["cd", ["ef"]]])))
def depth_items(items, depth=0):
    for item in items:
        if isinstance(item, list):
            for pair in depth_items(item, depth + 1):
                yield pair
        else:
            yield depth, item
for depth, item in depth_items([1, [2, [3, [4]]], 5]):
    print("  " * depth + str(item))
