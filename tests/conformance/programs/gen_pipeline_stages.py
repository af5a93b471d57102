def source(items):
    for it in items:
        print(f"source -> {it}")
        yield it
def doubled(it):
    for x in it:
        print(f"  doubled {x} -> {x * 2}")
        yield x * 2
def only_big(it, limit):
    for x in it:
        if x > limit:
            print(f"    keep {x}")
            yield x
        else:
            print(f"    drop {x}")
pipe = only_big(doubled(source([1, 5, 2, 8])), 4)
print("pipeline built")
for v in pipe:
    print("result", v)
print("total:", sum(only_big(doubled(source([3])), 0)))
