# Producer and consumer coroutines sharing a bounded queue; the driver alternates
# between them, and task_done counts the work.
import queue

buffer = queue.Queue(maxsize=3)


def producer(items):
    for item in items:
        while buffer.full():
            print("  producer waits")
            yield
        buffer.put(item)
        print("produced", item)
        yield


def consumer():
    while True:
        while buffer.empty():
            yield
        item = buffer.get()
        print("consumed", item)
        buffer.task_done()
        yield


p, c = producer(range(6)), consumer()
for turn in range(14):
    try:
        next(p)
        next(p)
    except StopIteration:
        pass
    next(c)
print(buffer.qsize(), buffer.empty())
try:
    for _ in range(3):
        buffer.task_done()
except ValueError as e:
    print(type(e).__name__, e)
print(buffer.join())
