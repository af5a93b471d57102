# from itertools import ... and import ... as ...
from itertools import islice, count
import itertools as it
from itertools import chain as concat

print(list(islice(count(100), 3)))
print(list(it.islice(it.count(), 2, 8, 2)))
print(list(concat("ab", [1, 2])))
print(islice is it.islice, concat is it.chain)
print(type(count()).__name__, type(islice("a", 1)).__name__)
print(it.__name__)

def evens():
    return (n for n in count() if n % 2 == 0)

print(list(islice(evens(), 6)))

# names imported inside a function are local to it
def local_import():
    from itertools import repeat
    return list(repeat("r", 3))

print(local_import())
try:
    print(repeat)
except NameError as e:
    print("NameError:", e)

# importing a missing name from a module
try:
    from itertools import no_such_thing
except ImportError as e:
    print("ImportError:", e)
