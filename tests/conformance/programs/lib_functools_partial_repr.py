# How a partial prints, and partials of builtins and lambdas as callbacks.
from functools import partial

tag = partial(print, ">>", sep=" ")
tag("hello", "world")
say = partial("{} says {}".format, "cat")
print(say("meow"))
print(repr(partial(divmod, 7)).startswith("functools.partial(<built-in function divmod>"))
print(partial(divmod, 7)(3))
callbacks = [partial(lambda n, x: n * x, n) for n in range(1, 4)]
print([cb(10) for cb in callbacks])
print(type(partial(len)).__name__, callable(partial(len)))
try:
    partial(len)(1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
