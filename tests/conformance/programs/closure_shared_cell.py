def make_pair():
    value = 0
    def setter(v):
        nonlocal value
        value = v
    def getter():
        return value
    return setter, getter
s, g = make_pair()
print(g())
s(42)
print(g())
s2, g2 = make_pair()
print(g2(), g())
def outer():
    x = 1
    def a():
        return x
    x = 2
    def b():
        return x
    x = 3
    return a(), b()
print(outer())
def nested():
    level = "outer"
    def mid():
        def inner():
            return level
        return inner
    f = mid()
    level = "changed"
    return f()
print(nested())
