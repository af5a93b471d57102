square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), add(b=5, a=5))
print((lambda: "no args")())
print((lambda *a: len(a))(1, 2, 3))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ["+", "-", "*"]:
    print(3, sym, 4, "=", ops[sym](3, 4))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda p: p[0] * 2, pairs)))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(square, lambda x: x + 1)
print(inc_then_sq(3))
print(type(square).__name__)
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
print((lambda x: (lambda y: x * y))(6)(7))
