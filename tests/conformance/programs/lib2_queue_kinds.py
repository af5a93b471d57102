# FIFO, LIFO and priority queues fed by a generator; maxsize, full and the
# non-blocking errors.
import queue


def jobs():
    for priority, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        yield priority, name


for kind in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = kind()
    for job in jobs():
        q.put(job)
    print(kind.__name__, [q.get() for _ in range(q.qsize())], q.empty())

small = queue.Queue(maxsize=2)
small.put("a")
small.put_nowait("b")
print(small.full(), small.qsize(), small.maxsize)
try:
    small.put("c", block=False)
except queue.Full as e:
    print(type(e).__name__, repr(e))
try:
    small.put("c", timeout=0.01)
except queue.Full as e:
    print("timed out:", type(e).__name__)
print(small.get(), small.get_nowait())
try:
    small.get(timeout=0.01)
except queue.Empty:
    print("empty after waiting")
try:
    small.get(timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)
sq = queue.SimpleQueue()
sq.put(1)
sq.put(2)
print(sq.get(), sq.qsize(), sq.empty(), issubclass(queue.Empty, Exception))
