keys = ["a", "b", "c"]
vals = [1, 2, 3]
d = dict(zip(keys, vals))
print(d)
print(dict(enumerate("xyz")))
print(dict(zip(range(3), map(lambda n: n * n, range(3)))))
print(dict([(1, "one"), (2, "two"), (1, "uno")]))
print(dict((k, len(k)) for k in ["hi", "hello"]))
print(dict(d), dict(d) is d, dict())
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(list(zip(*d.items())))
print(dict(sorted({"b": 1, "a": 2}.items())))
