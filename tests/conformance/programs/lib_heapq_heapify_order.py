# The list order heapify and heappush leave, as CPython's algorithm leaves it.
import heapq

for data in [[5, 1, 4, 2, 3], list(range(10, 0, -1)), [3, 3, 1, 1, 2, 2], [7], [],
             ["pear", "fig", "apple", "kiwi"], [0.5, -1, 2, 10, 3.25, -7]]:
    h = list(data)
    heapq.heapify(h)
    print(h)
    pushed = []
    for x in data:
        heapq.heappush(pushed, x)
    print(pushed)
    print([heapq.heappop(pushed) for _ in range(len(pushed))])

try:
    heapq.heapify((3, 1))
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    heapq.heapify([1, "a", 2])
except TypeError as e:
    print(type(e).__name__ + ":", e)
