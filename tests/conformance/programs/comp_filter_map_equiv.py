nums = list(range(-5, 6))
a = [n * 2 for n in nums if n > 0]
b = list(map(lambda n: n * 2, filter(lambda n: n > 0, nums)))
print(a, b, a == b)
c = [abs(n) for n in nums]
d = list(map(abs, nums))
print(c == d, c)
e = [s.strip() for s in ["  a ", "b  ", "  c"]]
print(e)
f = [w for w in "the quick brown fox".split() if len(w) == 5]
print(f)
g = [str(n) for n in range(5)]
print(",".join(g), "".join([c for c in "a1b2c3" if c in "0123456789"]))
pairs = [(n, n * n) for n in range(4)]
print(pairs, dict(pairs))
print([t[1] for t in sorted(pairs, key=lambda p: -p[0])])
