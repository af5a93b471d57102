# A producer that sleeps between items, and a consumer; time.sleep changes only when
# things happen, never what is printed.
import time


def producer(n, delay):
    for i in range(n):
        time.sleep(delay)
        yield "item %d" % i


def consumer(items):
    for item in items:
        print("got", item)
        yield len(item)


start = time.monotonic()
print(sum(consumer(producer(5, 0.01))))
print(time.monotonic() - start >= 0.04)
print(time.sleep(0), time.sleep(0.001), time.sleep(True))

for bad in [-1, -0.5, "0.1", None, float("nan"), [1]]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for args in [(), (1, 2)]:
    try:
        time.sleep(*args)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    time.sleep(10**30)
except OverflowError as e:
    print(type(e).__name__ + ":", e)
