g = (n * 3 for n in range(4))
print(list(g))
print(list(g))
print(sum(g), max(g, default=None))
g = (n for n in range(5))
print(next(g), next(g))
print(sorted(g, reverse=True))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
g = (c for c in "xyz")
for c in g:
    print(c)
    break
for c in g:
    print("continued", c)
g = (n for n in range(3))
print(1 in g, list(g))
