# dir() with no argument: the names of the scope it is called in, a generator's
# frame included, sorted.
def stage(items, factor=2):
    scaled = [i * factor for i in items]
    print(dir())
    for s in scaled:
        label = f"#{s}"
        yield label
        print(dir())


g = stage([1, 2])
print(next(g))
print(next(g))


def empty():
    return dir()


print(empty())
print([n for n in dir() if not n.startswith("__")])
