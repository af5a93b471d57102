# Chunking a stream with islice in a generator (the batched recipe before 3.12),
# and zip_longest for a table.
from itertools import count, islice, zip_longest


def batched(iterable, n):
    if n < 1:
        raise ValueError("n must be at least one")
    it = iter(iterable)
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        yield batch


print(list(batched("ABCDEFG", 3)), list(batched([], 2)))
print(next(batched(count(), 4)))
for row in zip_longest("abc", [1, 2], fillvalue="-"):
    print(*row)
try:
    next(batched("abc", 0))
except ValueError as e:
    print(type(e).__name__, e)
