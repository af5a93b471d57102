# functools.cache: counting grid paths, fed by a generator of sizes.
from functools import cache


def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


paths = cache(paths)


def sizes():
    for n in range(1, 8):
        yield n


for n in sizes():
    print(n, paths(n, n))
print(paths(16, 16))
info = paths.cache_info()
print(info.hits > 0, info.maxsize, info.currsize, info)
print(type(info).__name__, info._fields)
try:
    cache(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
