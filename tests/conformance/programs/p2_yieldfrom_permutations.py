# recursive generators: permutations, combinations, subsets
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p

for p in permutations([1, 2, 3]):
    print(p)
print(len(list(permutations("abcd"))))

def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield (items[i],) + rest

print(list(combinations("abcd", 2)))

def subsets(items):
    if not items:
        yield []
        return
    first = items[0]
    for s in subsets(items[1:]):
        yield s
        yield [first] + s

print(sorted(subsets([1, 2, 3])))

def binary_strings(n, prefix=""):
    if n == 0:
        yield prefix
    else:
        yield from binary_strings(n - 1, prefix + "0")
        yield from binary_strings(n - 1, prefix + "1")

print(list(binary_strings(3)))
