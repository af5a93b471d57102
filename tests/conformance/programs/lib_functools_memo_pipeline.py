# A cached lookup inside a generator pipeline: each key is computed once.
from functools import lru_cache, partial, reduce
import operator

computed = []


def price_of(item):
    computed.append(item)
    return {"apple": 3, "pear": 4, "plum": 2}[item]


price_of = lru_cache(maxsize=16)(price_of)


def orders():
    yield from ["apple", "pear", "apple", "plum", "pear", "apple"]


def priced(items):
    for it in items:
        yield it, price_of(it)


total = reduce(operator.add, map(operator.itemgetter(1), priced(orders())), 0)
print(total, computed, price_of.cache_info())
add_tax = partial(operator.mul, 1.5)
print([add_tax(p) for _, p in priced(orders())])
try:
    price_of("kiwi")
except KeyError as e:
    print(type(e).__name__ + ":", e)
print(price_of.cache_info())
