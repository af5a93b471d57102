# generators held in containers are closed when the container drops them
def worker(n):
    try:
        yield n
        yield n * 2
    finally:
        print("  worker", n, "closed")

pool = [worker(i) for i in range(4)]
for w in pool:
    next(w)
del w
print("pool started")
pool.pop(1)
print("popped index 1")
del pool[0]
print("deleted index 0")
pool.clear()
print("cleared the rest")

# replacing an element
slots = [worker(10), worker(20)]
next(slots[0])
next(slots[1])
slots[0] = "empty"
print("slot 0 replaced")
slots = []
print("list rebound")

# dropping a whole list: CPython releases the items from the last to the first
trio = [worker(31), worker(32), worker(33)]
for w in trio:
    next(w)
del w
trio = None
print("list of three dropped")

# a dict of generators
table = {"x": worker(7), "y": worker(8), "z": worker(9)}
for k in table:
    next(table[k])
del table["y"]
print("removed y")
table = None
print("dict gone (items released in insertion order)")
