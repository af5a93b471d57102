# from itertools import *: every public name of the module, then used in a lazy
# pipeline; the names with a leading underscore are not imported.
from itertools import *

evens = islice(count(0, 2), 5)
print(list(chain(evens, repeat(-1, 2))))
print(list(takewhile(lambda x: x < 10, count(7))))
a, b = tee(iter("ab"))
print(list(a), list(b))
print(callable(islice), "islice" in dir())
print(sorted(n for n in dir() if n.startswith("_") and not n.startswith("__")))
try:
    from itertools import no_such_tool
except ImportError as e:
    print(type(e).__name__, e)
