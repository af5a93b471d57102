# Changing a deque while a loop walks it is an error, as it is for a dict.
from collections import deque

jobs = deque(["a", "b", "c"])
try:
    for job in jobs:
        print("job", job)
        if job == "b":
            jobs.append("d")
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
print(jobs)

it = iter(jobs)
print(next(it))
jobs.popleft()
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)

# Changing an item in place is allowed.
nums = deque([1, 2, 3])
for i, n in enumerate(nums):
    nums[i] = n * 10
print(nums)

last = deque([1])
it = iter(last)
print(next(it))
last.append(2)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
