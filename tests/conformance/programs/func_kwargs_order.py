def trace(tag, value):
    print("eval", tag)
    return value
def f(a, b, c=0):
    return (a, b, c)
print(f(trace("a", 1), trace("b", 2), trace("c", 3)))
print(f(c=trace("c", 3), b=trace("b", 2), a=trace("a", 1)))
print(f(trace("pos", 1), c=trace("kwc", 3), b=trace("kwb", 2)))
def noisy(name):
    print("lookup", name)
    return f
print(noisy("fn")(trace("x", 1), trace("y", 2)))
d = {}
d[trace("key", "k")] = trace("val", "v")
print(d)
lst = [trace("l0", 0), trace("l1", 1)]
print(lst[trace("idx", 1)])
print(trace("left", 2) ** trace("right", 3))
