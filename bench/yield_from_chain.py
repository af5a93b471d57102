# 10**6 values passed through a chain of 10 delegating generators (yield from).
def leaf(n):
    for i in range(n):
        yield i


def relay(depth, n):
    if depth == 0:
        yield from leaf(n)
    else:
        yield from relay(depth - 1, n)


print(sum(relay(10, 1_000_000)))
