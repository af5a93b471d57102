# task_done and join on a queue drained by a generator, with unfinished_tasks seen
# through join returning at once when all are done.
import queue

q = queue.Queue()
for job in ["parse", "check", "store"]:
    q.put(job)


def drain(q):
    while True:
        try:
            job = q.get_nowait()
        except queue.Empty:
            return
        yield job
        q.task_done()


for job in drain(q):
    print("did", job)
print("join:", q.join(), q.empty(), q.qsize())
try:
    q.task_done()
except ValueError as e:
    print(type(e).__name__, e)
