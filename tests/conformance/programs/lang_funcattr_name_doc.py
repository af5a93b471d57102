# Assigning a function's __name__, __qualname__ and __doc__: the new values show in its
# repr-free views, in its generators, and the wrong types are refused as in CPython.
def squares(n):
    """old doc"""
    for i in range(n):
        yield i * i


squares.__name__ = "sq"
squares.__qualname__ = "Maths.sq"
squares.__doc__ = "The first n squares."
print(squares.__name__, squares.__qualname__, squares.__doc__)
g = squares(3)
print(g.__name__, g.__qualname__, list(g))
for attr, value in [("__name__", 3), ("__qualname__", None), ("__name__", 1.5)]:
    try:
        setattr(squares, attr, value)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del squares.__name__
except TypeError as e:
    print(type(e).__name__, e)
del squares.__doc__
print(squares.__doc__)
squares.__doc__ = 42
print(squares.__doc__)
squares.__module__ = "maths"
print(squares.__module__)
try:
    squares.__code__ = None
except TypeError as e:
    print(type(e).__name__, e)
print(squares.__name__)
