# A rate-limited generator: it sleeps so that items come at most every `interval`
# seconds, measured with monotonic. What it yields never depends on the clock.
import time


def rate_limited(items, interval):
    last = None
    for item in items:
        now = time.monotonic()
        if last is not None and now - last < interval:
            time.sleep(interval - (now - last))
        last = time.monotonic()
        yield item


def letters():
    yield from "abcde"


start = time.perf_counter()
print(list(rate_limited(letters(), 0.005)))
print(time.perf_counter() - start >= 0.015)
print(list(rate_limited([], 1)), list(rate_limited([42], 1)))

try:
    list(rate_limited([1, 2], -1))
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(list(rate_limited(range(3), 0)))
