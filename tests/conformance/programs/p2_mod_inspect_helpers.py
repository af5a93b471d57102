# import inspect: generator helpers side by side
import inspect
from inspect import getgeneratorstate, isgenerator

def worker(n):
    for i in range(n):
        yield i

def plain(n):
    return list(range(n))

for f in [worker, plain, len, lambda: 1]:
    print(inspect.isgeneratorfunction(f), inspect.isfunction(f))

objs = [worker(2), plain(2), iter([1]), (c for c in "x"), range(3)]
print([isgenerator(o) for o in objs])

w = worker(2)
states = [getgeneratorstate(w)]
for _ in w:
    states.append(getgeneratorstate(w))
states.append(getgeneratorstate(w))
print(states)

print(getgeneratorstate is inspect.getgeneratorstate)
print(inspect.GEN_CLOSED == getgeneratorstate(w))
print(getgeneratorstate((x for x in [1])))
