# A sliding window over a stream with deque(maxlen=n): the oldest value falls out.
from collections import deque


def readings():
    for value in [3, 8, 2, 7, 5, 10, 1]:
        yield value


def moving_average(values, n):
    window = deque(maxlen=n)
    for v in values:
        window.append(v)
        if len(window) == n:
            yield sum(window) / n


for avg in moving_average(readings(), 3):
    print(f"{avg:.2f}")

w = deque([1, 2, 3], maxlen=3)
print(w, w.maxlen)
w.append(4)
print(w)
w.appendleft(0)
print(w)
w.extend([7, 8])
print(w)
print(deque(range(5)), deque().maxlen)
try:
    deque([], maxlen=-1)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    deque([], maxlen="3")
except TypeError as e:
    print(type(e).__name__ + ":", e)
