colors = ("red", "green", "blue")
for c in colors:
    print(c, len(c))
for i, c in enumerate(colors, 1):
    print(i, c)
print(tuple(c.upper() for c in colors))
print(tuple(reversed(colors)), tuple(sorted(colors)))
print(list(zip(colors, (1, 2, 3))))
it = iter(colors)
print(next(it), next(it), next(it), next(it, None))
pairs = tuple(zip((1, 2, 3), (4, 5, 6)))
print(pairs, sum(a * b for a, b in pairs))
total = ()
for c in colors:
    total += (c[0],)
print(total)
