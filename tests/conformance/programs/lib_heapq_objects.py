# Heaps of objects that define __lt__: the heap calls only <, as CPython's does.
import heapq


class Job:
    calls = 0

    def __init__(self, name, cost):
        self.name = name
        self.cost = cost

    def __lt__(self, other):
        Job.calls += 1
        return self.cost < other.cost

    def __repr__(self):
        return f"Job({self.name!r}, {self.cost})"


jobs = [Job("a", 5), Job("b", 2), Job("c", 8), Job("d", 1), Job("e", 3)]
heapq.heapify(jobs)
print(jobs, Job.calls)
heapq.heappush(jobs, Job("f", 0))
print(jobs, Job.calls)
print(heapq.heappop(jobs), jobs, Job.calls)
print([j.name for j in heapq.nsmallest(2, jobs)])


class NoOrder:
    pass


try:
    heapq.heapify([NoOrder(), NoOrder()])
except TypeError as e:
    print(type(e).__name__ + ":", e)
