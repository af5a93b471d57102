# A tiny LRU cache built on OrderedDict.move_to_end and popitem(last=False).
from collections import OrderedDict


class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            old = self.data.popitem(last=False)
            print("evict", old)


cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
print(cache.get("a"))
cache.put("c", 3)
print(cache.data)
print(cache.get("b"), cache.get("c"))

od = OrderedDict.fromkeys("xyz", 0) if False else OrderedDict([("x", 0), ("y", 0), ("z", 0)])
od.move_to_end("x")
print(list(od))
od.move_to_end("z", last=False)
print(list(od), od)
print(od.popitem(), od)
print(OrderedDict())
try:
    od.move_to_end("nope")
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__ + ":", e)
