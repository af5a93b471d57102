def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
taken = []
for n in naturals(5):
    if n >= 10:
        break
    taken.append(n)
print(taken)
g = naturals()
first = [next(g) for _ in range(5)]
print(first, next(g))
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(3, naturals(100)))
evens = (x for x in naturals() if x % 2 == 0)
print(take(5, evens))
def cycle(seq):
    while True:
        for s in seq:
            yield s
c = cycle("ab")
print([next(c) for _ in range(5)])
powers = (2 ** k for k in naturals())
print(take(4, powers), next(powers))
