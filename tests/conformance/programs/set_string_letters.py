a = set(range(10))
b = {x for x in range(10) if x % 3 == 0}
print(sorted(b), sorted(a - b))
print(len(a | {100, 200}), len(a & set()), sorted({-1, -5, 3}))
s = set()
for ch in "hello world":
    if ch != " ":
        s.add(ch)
print(sorted(s), len(s))
s.discard("h")
s.discard("h")
print("h" in s, "e" in s)
letters1 = set("python")
letters2 = set("typhoon")
print(letters1 == letters2, sorted(letters1 ^ letters2), sorted(letters2 - letters1))
print(sorted(set([3, 1, 2]) | set((5, 4))))
print(set([1, 2]) <= set(range(5)), set(range(5)) >= set([1, 2]))
