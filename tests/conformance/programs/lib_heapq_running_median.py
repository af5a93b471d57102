# A running median from a stream with two heaps (a max-heap stored negated).
import heapq


def stream():
    for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
        yield x


def medians(values):
    low, high = [], []
    for v in values:
        heapq.heappush(low, -heapq.heappushpop(high, v))
        if len(low) > len(high):
            heapq.heappush(high, -heapq.heappop(low))
        if len(high) > len(low):
            yield high[0]
        else:
            yield (high[0] - low[0]) / 2


for m in medians(stream()):
    print(m)
try:
    list(medians(["a", 1]))
except TypeError as e:
    print(type(e).__name__ + ":", e)
