def pairs(it):
    it = iter(it)
    while True:
        a = next(it)
        b = next(it)
        yield a, b
g = pairs([1, 2, 3, 4, 5])
print(next(g))
print(next(g))
print("third pair needs a sixth item")
print(next(g))
