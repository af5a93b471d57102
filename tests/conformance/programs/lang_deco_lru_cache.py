# functools.lru_cache as a decorator, with and without arguments, on the recursive
# counting of integer partitions; the values are listed by a generator.
import functools


@functools.lru_cache(maxsize=None)
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


@functools.lru_cache
def steps(n):
    return 0 if n == 1 else 1 + steps(n // 2 if n % 2 == 0 else 3 * n + 1)


def table(limit):
    for n in range(1, limit + 1):
        yield n, partitions(n, n)


print(list(table(10)))
print(partitions(60, 60))
info = partitions.cache_info()
print(info.hits > 0, info.maxsize, info.currsize > 0)
print([steps(n) for n in range(1, 12)])
print(steps.__name__, steps.__wrapped__.__name__)
partitions.cache_clear()
print(partitions.cache_info().currsize)
try:
    partitions([1], 2)
except TypeError as e:
    print(type(e).__name__, e)
