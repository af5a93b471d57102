# a bare next() on an exhausted iterator inside a generator
def merge_pairs(keys, values):
    vit = iter(values)
    for k in keys:
        v = next(vit)
        yield k + "=" + str(v)

print(list(merge_pairs("ab", [1, 2, 3])))
for item in merge_pairs("xyz", [10, 20]):
    print(item)
print("never printed")
