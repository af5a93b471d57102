print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(1, 11)), sum([0.5, 0.5]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, None, ""]), all([1, "a", [0]]), any([0, 0, 1]))
print(all(x > 0 for x in [1, 2, 3]), any(x > 5 for x in [1, 2, 3]))
print(len(""), len("abc"), len([1, [2, 3]]), len((1,)), len({"a": 1}), len({1, 2}), len(range(0, 10, 3)))
print(len(str(10 ** 100)), len(list(range(50))))
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    len(x for x in [1])
except TypeError as e:
    print("TypeError:", e)
print(sum(True for c in "banana" if c == "a"))
print(sum([True, True, False]), type(sum([True, True])).__name__, sum([1, 2.0]))
