def pick(items, indexes):
    for i in indexes:
        print("picking index", i)
        yield items[i]
letters = ["a", "b", "c"]
print(list(pick(letters, [2, 1, 0])))
g = pick(letters, [0])
print(type(g).__name__)
print(next(g))
for ch in pick(letters, [0, 2, -1, 3, 1]):
    print("got", ch)
print("never printed")
