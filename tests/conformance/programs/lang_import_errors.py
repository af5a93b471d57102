# The errors of imports, as CPython words them: a module that does not exist, a
# submodule of a module that is not a package, a name a module lacks.
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import math.functions
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import collections.nothing
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from itertools import counting
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
print(issubclass(ModuleNotFoundError, ImportError))
import itertools
print(itertools.__name__)
