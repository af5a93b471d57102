def accumulate(items):
    total = 0
    count = 0
    for x in items:
        total += x
        count += 1
        yield count, total, total / count
for c, t, avg in accumulate([4, 8, 15, 16, 23, 42]):
    print(f"{c}: total={t} avg={avg:.2f}")
def independent(tag):
    n = 0
    while True:
        n += 1
        yield tag + str(n)
a = independent("a")
b = independent("b")
print(next(a), next(a), next(b), next(a), next(b))
def fib():
    x, y = 0, 1
    while True:
        yield x
        x, y = y, x + y
f = fib()
print([next(f) for _ in range(12)])
def with_default(limit=3, start=10):
    for i in range(limit):
        yield start + i
print(list(with_default()), list(with_default(2)), list(with_default(start=0)))
