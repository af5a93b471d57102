def colors():
    yield "red"
    yield "green"
    yield "blue"
def sizes():
    for s in ["S", "M", "L", "XL"]:
        yield s
for i, color in enumerate(colors(), start=1):
    print(i, color)
for color, size in zip(colors(), sizes()):
    print(color, size)
print(list(zip(colors(), sizes(), range(100))))
print(dict(zip(sizes(), range(4))))
print(list(enumerate(zip(colors(), sizes()))))
indexed = {i: c for i, c in enumerate(colors())}
print(indexed)
