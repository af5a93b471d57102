x = "global"
g = (x for x in range(3))
print(list(g), x)
def f():
    base = 100
    return (base + i for i in range(3))
print(list(f()))
def g_factory():
    gens = []
    for k in range(3):
        gens.append((k * v for v in range(2)))
    return gens
print([list(g) for g in g_factory()])
matrix = [[1, 2], [3, 4], [5, 6]]
print(list(sum(row) for row in matrix))
print(list(v for row in matrix for v in row if v % 2))
print(list((i, j) for i in range(3) for j in range(i)))
