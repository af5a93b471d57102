people = [("smith", "john", 40), ("doe", "jane", 30), ("smith", "adam", 25), ("doe", "jane", 22)]
for p in sorted(people):
    print(p)
print(sorted(people, key=lambda p: p[2]))
print(max(people), min(people))
print((1, "a") < (1, "b"), (1, 2, 3) == (1, 2, 3), (0, 9) < (1, 0))
print((1,) < (1, 0), () < (0,), (1, 2) > (1,))
try:
    print((1, "a") < (1, 2))
except TypeError as e:
    print("TypeError:", e)
print((1, 2) == [1, 2], tuple([1, 2]) == (1, 2))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")], reverse=True))
