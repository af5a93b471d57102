print(max(3, 7, 5), min(3, 7, 5), max([3, 7, 5]), min("bca"))
print(max([1, -9, 4], key=abs), min([1, -9, 4], key=abs))
print(max([], default=0), min([], default="none"), max([2], default=9))
print(max("apple", "fig", "kiwi", key=len), min("apple", "fig", "kiwi", key=len))
print(max([("a", 3), ("b", 9), ("c", 9)], key=lambda p: p[1]))
print(min([("a", 3), ("b", 1), ("c", 1)], key=lambda p: p[1]))
print(max([1, 2.5, 2]), min(True, 2), max(False, 0), max(0, False))
print(max(range(10), key=lambda n: n % 4), min(range(10), key=lambda n: -n))
words = {"x": 3, "y": 10, "z": 1}
print(max(words, key=lambda k: words[k]), min(words.items(), key=lambda kv: kv[1]))
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    max([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    min([], key=abs)
except ValueError as e:
    print("ValueError:", e)
