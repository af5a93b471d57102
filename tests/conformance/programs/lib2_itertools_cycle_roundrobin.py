# cycle as a scheduler of generators, and accumulate as running balances.
from itertools import accumulate, cycle, islice


def worker(name, jobs):
    for j in range(jobs):
        yield f"{name}{j}"


workers = [worker("a", 2), worker("b", 3), worker("c", 1)]
done = []
for w in cycle(workers):
    if len(done) == 3:
        break
    if w in done:
        continue
    try:
        print(next(w))
    except StopIteration:
        done.append(w)
print(list(islice(cycle("XY"), 5)))
print(list(accumulate([100, -30, -50, 20], initial=0)), list(accumulate("abc")))
