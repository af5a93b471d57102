# 2 * 10**5 small generators created and exhausted.
def three(base):
    yield base
    yield base + 1
    yield base + 2


total = 0
for i in range(200_000):
    for v in three(i):
        total += v
print(total)
