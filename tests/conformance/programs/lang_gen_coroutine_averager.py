# A running averager coroutine, primed by a decorator, and a delegating generator that
# collects the averager's final result with yield from.
from functools import wraps


def primed(func):
    @wraps(func)
    def start(*args):
        gen = func(*args)
        next(gen)
        return gen
    return start


@primed
def averager():
    total, count, average = 0, 0, None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return count, average


def grouper(results, key):
    while True:
        results[key] = yield from averager.__wrapped__()


avg = averager()
print(avg.send(10), avg.send(30), avg.send(5))
try:
    avg.send(None)
except StopIteration as done:
    print("result", done.value)
results = {}
data = {"girls": [40.9, 38.5, 44.3], "boys": [39.0, 40.8, 43.2, 40.8]}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
print({k: (n, round(a, 2)) for k, (n, a) in results.items()})
print(averager.__name__)
