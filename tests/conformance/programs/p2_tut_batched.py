# tutorial: batched(iterable, n) as a generator
def batched(iterable, n):
    if n < 1:
        raise ValueError("n must be at least one")
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)

print(list(batched("ABCDEFG", 3)))
print(list(batched(range(6), 2)))
print(list(batched([], 4)))
print(list(batched([1], 5)))

# the error is raised lazily, at the first next()
b = batched([1, 2], 0)
print("created")
try:
    next(b)
except ValueError as e:
    print("ValueError:", e)

# processing records in batches of 4 from a generator
def records():
    for i in range(1, 11):
        yield {"id": i, "value": i * i}

for number, batch in enumerate(batched(records(), 4), 1):
    ids = [r["id"] for r in batch]
    total = sum(r["value"] for r in batch)
    print("batch", number, ids, "total", total)
