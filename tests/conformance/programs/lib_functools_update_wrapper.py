# update_wrapper by hand: what it copies, and the attributes it leaves alone.
from functools import update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES


def original(x):
    """The original."""
    return x * 2


original.tag = "v1"


def shim(*args):
    return original(*args)


result = update_wrapper(shim, original)
print(result is shim, shim.__name__, shim.__doc__, shim.tag, shim.__wrapped__ is original)
print(shim(21))
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)


def other():
    pass


update_wrapper(other, original, assigned=("__doc__",), updated=())
print(other.__name__, other.__doc__)
try:
    update_wrapper(other)
except TypeError as e:
    print(type(e).__name__ + ":", e)
