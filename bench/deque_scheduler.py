# A round-robin scheduler of generators on a deque: 2 000 tasks of up to 300 steps,
# with finished results collected on a queue.Queue.
import queue
from collections import deque


def task(tid, steps):
    acc = 0
    for i in range(steps):
        acc += i * tid % 7
        yield
    return acc


ready = deque(task(t, 100 + t % 200) for t in range(2_000))
done = queue.Queue()
switches = 0
while ready:
    t = ready.popleft()
    try:
        next(t)
        switches += 1
        ready.append(t)
    except StopIteration as stop:
        done.put(stop.value)
total = 0
while not done.empty():
    total += done.get()
print(switches, total)
