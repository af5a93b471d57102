# A k-way merge written by hand with a heap of (value, index, generator), next to
# heapq.merge: both give the same order.
import heapq


def numbers(start, step, count):
    for i in range(count):
        yield start + i * step


def kway(*gens):
    heap = []
    for i, g in enumerate(gens):
        first = next(g, None)
        if first is not None:
            heap.append((first, i, g))
    heapq.heapify(heap)
    while heap:
        value, i, g = heap[0]
        yield value
        nxt = next(g, None)
        if nxt is None:
            heapq.heappop(heap)
        else:
            heapq.heapreplace(heap, (nxt, i, g))


print(list(kway(numbers(1, 3, 4), numbers(2, 2, 5), numbers(0, 5, 3))))
print(list(heapq.merge(numbers(1, 3, 4), numbers(2, 2, 5), numbers(0, 5, 3))))
try:
    list(kway(numbers(1, 1, 2), 7))
except TypeError as e:
    print(type(e).__name__ + ":", e)
