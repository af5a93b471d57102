def walk(tree, depth=0):
    name, children = tree
    yield depth, name
    for child in children:
        for item in walk(child, depth + 1):
            yield item
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", []), ("c", [("c1", [("c1x", [])])])])
for depth, name in walk(tree):
    print("  " * depth + name)
print([n for d, n in walk(tree) if d == 2])
def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p
print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(5)))))
def binary_strings(n):
    if n == 0:
        yield ""
        return
    for s in binary_strings(n - 1):
        yield s + "0"
        yield s + "1"
print(list(binary_strings(3)))
