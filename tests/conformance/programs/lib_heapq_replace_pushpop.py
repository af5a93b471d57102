# heapreplace pops then pushes; heappushpop pushes then pops: a running top-3.
import heapq


def scores():
    for s in [40, 10, 70, 20, 90, 60, 30, 80]:
        yield s


top = []
for s in scores():
    if len(top) < 3:
        heapq.heappush(top, s)
    else:
        dropped = heapq.heappushpop(top, s)
        print("dropped", dropped, "heap", top)
print(sorted(top, reverse=True))

h = [1, 5, 3]
print(heapq.heapreplace(h, 4), h)
print(heapq.heappushpop(h, 0), h)
print(heapq.heappushpop([], 7))
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    heapq.heapreplace(h)
except TypeError as e:
    print(type(e).__name__ + ":", e)
