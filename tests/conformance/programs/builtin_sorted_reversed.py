data = [5, 2, 9, 1, 5, 6]
print(sorted(data), data)
print(sorted(data, reverse=True))
print(sorted("hello world"), sorted(("b", "a")), sorted({3: 0, 1: 0}))
print(sorted(data, key=lambda x: -x), sorted(data, key=lambda x: x % 3))
print(list(reversed(data)), list(reversed("abc")), list(reversed((1, 2))))
print(list(reversed(range(5))), list(reversed([])))
r = reversed([1, 2, 3])
print(next(r), list(r))
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([(1, "b"), (1, "a")]))
try:
    reversed(x for x in [1])
except TypeError as e:
    print("TypeError:", e)
print(sorted([], reverse=True), sorted([0.5, -1, 2]))
print(sorted(["b", "C", "a"], key=lambda s: s.lower(), reverse=True))
