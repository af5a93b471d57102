# The clocks: monotonic never goes back, time is after 2001, the _ns variants are
# ints. Only properties are printed: the values change from run to run.
import time


def ticks(n):
    for _ in range(n):
        yield time.monotonic()


readings = list(ticks(50))
print(all(a <= b for a, b in zip(readings, readings[1:])))
print(time.time() > 1e9, type(time.time()).__name__, type(time.time_ns()).__name__, time.time_ns() > 10**18)
print(type(time.monotonic_ns()).__name__, time.monotonic_ns() >= 0, type(time.process_time_ns()).__name__)
ns = time.time_ns()
print(abs(ns / 1e9 - time.time()) < 60)

for f in [time.time, time.monotonic, time.time_ns, time.monotonic_ns]:
    try:
        f(None)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
