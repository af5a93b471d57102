# A simulated clock: generators sleep by yielding a delay; a heap orders the wake-ups.
import heapq


def worker(name, delays):
    for d in delays:
        print(f"{name} works, sleeps {d}")
        yield d
    print(f"{name} finished")


def simulate(workers):
    now = 0
    queue = [(0, i, w) for i, w in enumerate(workers)]
    heapq.heapify(queue)
    while queue:
        now, i, w = heapq.heappop(queue)
        print("t =", now)
        try:
            delay = next(w)
        except StopIteration:
            continue
        heapq.heappush(queue, (now + delay, i, w))
    return now


end = simulate([worker("A", [3, 1]), worker("B", [2, 2, 2]), worker("C", [5])])
print("end at", end)
try:
    heapq.heappush([(1, "x")], (1, None))
except TypeError as e:
    print(type(e).__name__ + ":", e)
