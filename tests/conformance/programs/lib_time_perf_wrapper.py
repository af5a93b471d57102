# Timing a generator pipeline with perf_counter, through a wrapper generator (no
# decorator): the output says only whether the time is sensible, never the time.
import time


def timed(gen, times):
    while True:
        start = time.perf_counter()
        try:
            value = next(gen)
        except StopIteration:
            return
        times.append(time.perf_counter() - start)
        yield value


def squares(n):
    for i in range(n):
        yield i * i


times = []
print(sum(timed(squares(1000), times)), len(times), all(t >= 0 for t in times))

start_ns = time.perf_counter_ns()
total = sum(timed((x for x in range(100)), []))
elapsed_ns = time.perf_counter_ns() - start_ns
print(total, type(elapsed_ns).__name__, elapsed_ns >= 0)

cpu_start = time.process_time()
sum(range(10000))
print(time.process_time() - cpu_start >= 0, type(time.process_time()).__name__)

for f in [time.perf_counter, time.perf_counter_ns, time.process_time]:
    try:
        f(1)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
