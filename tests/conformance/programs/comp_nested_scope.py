n = 10
print([n * i for i in range(3)])
def make(k):
    return [k + i for i in range(3)]
print(make(100))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
def outer():
    base = 5
    return [[base + r + c for c in range(2)] for r in range(2)]
print(outer())
i = "unchanged"
squares = [i * i for i in range(4)]
print(i, squares)
rows = [[1, 2, 3], [4, 5, 6]]
print([[row[c] for row in rows] for c in range(3)])
print([x for row in rows for x in row if x % 2 == 0])
print(sum([x for x in range(101)]), len([0 for _ in range(7)]))
