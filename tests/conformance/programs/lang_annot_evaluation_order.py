# When annotations are evaluated: a def evaluates its defaults, then its annotations
# (parameters in order, then the return); an annotated assignment evaluates the value
# first, at module level the annotation after it.
def note(label, value=None):
    print("evaluating", label)
    return value if value is not None else label


def f(a: note("a ann") = note("a default", 1), *rest: note("rest ann"),
      b: note("b ann") = note("b default", 2), **kw: note("kw ann")) -> note("return ann"):
    return a + b


print(f.__annotations__)
print(f())
x: note("x ann") = note("x value", 5)
print(x, __annotations__["x"])


def local_annotations():
    y: undefined_name = 3
    z: also_undefined
    return y


print(local_annotations())
