# heapq.merge of sorted generator streams: lazy, pulling one value at a time.
import heapq


def stream(name, values):
    for v in values:
        print(f"  {name} gives {v}")
        yield v
    print(f"  {name} is empty")


merged = heapq.merge(stream("a", [1, 4, 9]), stream("b", [2, 3, 10]), stream("c", [5]))
print("nothing pulled yet")
print(next(merged))
print(next(merged))
for v in merged:
    print("got", v)
try:
    next(merged)
except StopIteration:
    print("merge is exhausted")
print(list(heapq.merge()))
print(list(heapq.merge([1, 2, 3])))
print(list(heapq.merge([], [1], [])))
try:
    list(heapq.merge([1], 5))
except TypeError as e:
    print(type(e).__name__ + ":", e)
