# Where := binds: in a function it makes a local (and can be nonlocal or global like
# any assignment), in a comprehension the enclosing function's variable.
total = 0


def add_all(values):
    global total
    [total := total + v for v in values]
    return total


print(add_all([1, 2, 3]), total)


def outer():
    last = None

    def inner(values):
        nonlocal last
        return [last := v for v in values if v]
    result = inner([0, 4, 0, 5])
    return result, last


print(outer())


def local_only():
    if (n := 3) > 2:
        pass
    return n


print(local_only())
try:
    print(n)
except NameError as e:
    print(type(e).__name__, e)
