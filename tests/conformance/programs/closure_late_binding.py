fns = []
for i in range(4):
    fns.append(lambda: i)
print([f() for f in fns])
i = 100
print([f() for f in fns])
fns2 = []
for i in range(4):
    fns2.append(lambda i=i: i)
print([f() for f in fns2])
def make_multipliers():
    out = []
    for k in range(1, 4):
        def mul(x, k=k):
            return x * k
        out.append(mul)
    return out
print([m(10) for m in make_multipliers()])
def make_late():
    out = []
    for k in range(1, 4):
        def mul(x):
            return x * k
        out.append(mul)
    return out
print([m(10) for m in make_late()])
def factory(n):
    return lambda x: x + n
adders = [factory(n) for n in range(3)]
print([a(100) for a in adders])
