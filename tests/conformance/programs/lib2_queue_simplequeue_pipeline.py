# SimpleQueue between two generator stages: the first fills it, the second drains it.
import queue

buf = queue.SimpleQueue()


def produce(n):
    for i in range(n):
        buf.put(i * i)
        yield i


def consume():
    while not buf.empty():
        yield buf.get()


for _ in produce(5):
    pass
print(buf.qsize(), list(consume()), buf.empty())
try:
    buf.get(block=False)
except queue.Empty as e:
    print(type(e).__name__, repr(e))
try:
    buf.get(timeout=0.01)
except queue.Empty:
    print("still empty")
