# A round-robin task scheduler: tasks are generators, the ready queue is a deque,
# finished results go to a queue.Queue that the main loop drains.
import queue
from collections import deque


def countdown(name, n):
    while n > 0:
        print(f"{name}: {n}")
        yield
        n -= 1
    return f"{name} done"


def counter(name, limit):
    total = 0
    for i in range(limit):
        total += i
        yield
    return f"{name} total {total}"


ready = deque([countdown("A", 3), counter("B", 4), countdown("C", 2)])
results = queue.Queue()
steps = 0
while ready:
    task = ready.popleft()
    try:
        next(task)
        steps += 1
        ready.append(task)
    except StopIteration as stop:
        results.put(stop.value)
print("steps", steps, "finished", results.qsize())
while not results.empty():
    print(results.get())
try:
    results.get_nowait()
except queue.Empty as e:
    print(type(e).__name__, repr(e))
