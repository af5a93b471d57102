s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), 2 in s, 5 in s, 5 not in s)
s.add(10)
s.add(1)
print(sorted(s))
s.discard(3)
s.discard(99)
print(sorted(s))
e = set()
print(e, len(e), bool(e), type(e).__name__, type({}).__name__)
print(sorted(set([5, 5, 4])), sorted(set("banana")), sorted(set(range(4))))
print({1, 2} == {2, 1}, {1, 2} != {1, 2, 3}, set() == set())
print({1}, {True, 1, 1.0}, {0, False})
nums = [4, 1, 4, 2, 1, 3]
print(len(set(nums)), sorted(set(nums)))
seen = set()
dups = []
for n in nums:
    if n in seen:
        dups.append(n)
    seen.add(n)
print(dups)
try:
    s.add([1])
except TypeError as e:
    print("TypeError:", e)
