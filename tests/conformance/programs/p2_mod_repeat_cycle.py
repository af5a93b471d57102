# itertools.repeat and itertools.cycle (with islice)
import itertools

print(list(itertools.repeat("x", 4)))
print(list(itertools.repeat(0, 0)))
print(list(itertools.islice(itertools.repeat(7), 3)))
print(list(map(pow, range(5), itertools.repeat(2))))
print(list(zip("abc", itertools.repeat(None))))

print(list(itertools.islice(itertools.cycle("AB"), 5)))
print(list(itertools.islice(itertools.cycle([1, 2, 3]), 2, 9)))
print(list(itertools.cycle([])))

# cycle saves the items of a generator the first time through
def once():
    for c in "xyz":
        print("  generating", c)
        yield c

cyc = itertools.cycle(once())
print([next(cyc) for _ in range(7)])

# round-robin labels
workers = ["w1", "w2", "w3"]
jobs = ["j" + str(i) for i in range(7)]
assignment = list(zip(jobs, itertools.cycle(workers)))
print(assignment)

# repeat with the same mutable object
rows = list(itertools.repeat([], 2))
rows[0].append("shared")
print(rows)
