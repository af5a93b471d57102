def noisy(x):
    print("  computing", x)
    return x * x
print("list comprehension:")
lc = [noisy(x) for x in range(3)]
print("built list", lc)
print("generator expression:")
ge = (noisy(x) for x in range(3))
print("built genexp, nothing computed yet")
for v in ge:
    print("consumed", v)
print("next() one at a time:")
ge2 = (noisy(x) for x in range(10))
print(next(ge2))
print(next(ge2))
print("stopped early; the rest is never computed")
print(type(ge2).__name__, repr(ge2).startswith("<generator object <genexpr> at 0x"))
