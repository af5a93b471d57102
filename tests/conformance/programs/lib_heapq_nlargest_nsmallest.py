# nlargest and nsmallest over a generator of records, with key=.
import heapq

PRICES = {"apple": 1.2, "melon": 3.5, "grape": 2.8, "lime": 0.4, "mango": 2.8, "pear": 1.9}


def items():
    for name, price in PRICES.items():
        yield name, price


print(heapq.nlargest(3, items(), key=lambda kv: kv[1]))
print(heapq.nsmallest(2, items(), key=lambda kv: kv[1]))
print(heapq.nlargest(2, [3, 1, 4, 1, 5, 9, 2, 6]))
print(heapq.nsmallest(4, [3, 1, 4, 1, 5, 9, 2, 6]))
print(heapq.nlargest(10, [2, 1]), heapq.nsmallest(0, [2, 1]), heapq.nlargest(1, "hello"))
print(heapq.nsmallest(3, (x * x for x in range(-3, 4))))
print(heapq.nlargest(3, ["bb", "a", "ccc", "dd"], key=len))
try:
    heapq.nlargest(2, 5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    heapq.nsmallest(2, [1, None, 3])
except TypeError as e:
    print(type(e).__name__ + ":", e)
