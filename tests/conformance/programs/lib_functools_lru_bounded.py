# A bounded lru_cache evicts the least recently used entry.
from functools import lru_cache

calls = []


def load(key):
    calls.append(key)
    return key.upper()


load = lru_cache(maxsize=2)(load)
for k in ["a", "b", "a", "c", "b", "a", "a"]:
    print(k, load(k))
print(calls)
print(load.cache_info())


def area(w, h=1):
    calls.append((w, h))
    return w * h


area = lru_cache()(area)
print(area(2, 3), area(2, 3), area(2, h=3), area(w=2, h=3), area(2))
print(area.cache_info())
nocache = lru_cache(maxsize=0)(area)
print(nocache(1), nocache(1), nocache.cache_info())
direct = lru_cache(lambda x: x * 2)
print(direct(4), direct(4), direct.cache_info())
try:
    area()
except TypeError as e:
    print(type(e).__name__ + ":", e)
