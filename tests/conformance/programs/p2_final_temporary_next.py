# a generator used only as a temporary is closed right after the call that used it
def gen(tag):
    try:
        print("  ", tag, "body")
        yield tag
    finally:
        print("  ", tag, "finally")

print("value:", next(gen("t1")))
x = next(gen("t2"))
print("x =", x)
print([next(gen("t3")), next(gen("t4"))])

def show(v):
    print("show", v)
    return v

show(next(gen("t5")))

# zip stops early, but the generator is owned by the zip object until it is dropped
def many(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("  ", tag, "finally")

pairs = list(zip("ab", many("z1")))
print("pairs", pairs)

# any() stops early; the generator is dropped when any() returns
print("any:", any(v == "a" for v in gen("a")))
