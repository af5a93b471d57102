# an uncaught ModuleNotFoundError
import itertools
print(list(itertools.islice(itertools.count(3), 3)))
try:
    import nosuchmodule
except ModuleNotFoundError as e:
    print("first attempt caught:", e)
print("trying again without a handler")
import nosuchmodule
print("never printed")
