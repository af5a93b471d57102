# A priority queue of tasks with heappush/heappop: (priority, order, name) entries.
import heapq

tasks = []
counter = 0


def add(priority, name):
    global counter
    heapq.heappush(tasks, (priority, counter, name))
    counter += 1


for p, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship"), (2, "test")]:
    add(p, name)
    print(tasks)

while tasks:
    priority, order, name = heapq.heappop(tasks)
    print(priority, name)

try:
    heapq.heappop(tasks)
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    heapq.heappush(tasks)
except TypeError as e:
    print(type(e).__name__ + ":", e)
