def src(n):
    print("src", n)
    return range(n)
def cond(x):
    print("cond", x)
    return x % 2 == 0
def val(x):
    print("val", x)
    return x * 10
print([val(x) for x in src(4) if cond(x)])
print({val(x) for x in src(2)} == {0, 10})
print({x: val(x) for x in src(2)})
def inner_src(x):
    print("inner_src", x)
    return range(x)
print([(x, y) for x in src(3) for y in inner_src(x)])
