def batches(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
for b in batches(range(10), 3):
    print("batch:", b)
print(list(batches("abcdefg", 2)))
print(list(batches([], 4)), list(batches([1, 2], 5)))
def numbered_batches(items, size):
    for i, b in enumerate(batches(items, size), start=1):
        yield f"batch {i}: {sum(b)} over {len(b)} items"
for line in numbered_batches(range(1, 12), 4):
    print(line)
def slices(seq, size):
    for start in range(0, len(seq), size):
        yield seq[start:start + size]
print(list(slices("generator", 4)))
