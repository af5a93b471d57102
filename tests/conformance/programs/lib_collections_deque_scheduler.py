# A round-robin scheduler: tasks are generators kept on a deque; each turn runs one
# step of the task at the left end and puts it back at the right end.
from collections import deque


def task(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        yield
    print(f"{name} done")


def run(tasks):
    ready = deque(tasks)
    turns = 0
    while ready:
        current = ready.popleft()
        try:
            next(current)
        except StopIteration:
            continue
        ready.append(current)
        turns += 1
    return turns


print("turns:", run([task("A", 3), task("B", 1), task("C", 2)]))

queue = deque()
try:
    queue.popleft()
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    queue.pop()
except IndexError as e:
    print(type(e).__name__ + ":", e)
print(queue, len(queue), bool(queue))
