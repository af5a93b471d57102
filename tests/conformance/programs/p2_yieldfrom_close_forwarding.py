# close() goes down the delegation chain, innermost first
def level3():
    try:
        yield "deep"
    finally:
        print("  level3 finally")

def level2():
    try:
        yield from level3()
    finally:
        print("  level2 finally")

def level1():
    try:
        yield from level2()
    finally:
        print("  level1 finally")

g = level1()
print(next(g))
g.close()
print("all closed")

# an inner generator that ignores GeneratorExit makes the outer close fail too
def stubborn():
    for i in range(3):
        try:
            yield i
        except GeneratorExit:
            print("  stubborn ignores GeneratorExit")

st = stubborn()

def delegator():
    yield from st
    yield "delegator tail"

d = delegator()
print(next(d))
try:
    d.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(d))
print("stubborn leftovers:", list(st))

# closing when the sub-iterator is a list iterator
def over_list():
    try:
        yield from ["a", "b"]
    finally:
        print("  over_list finally")

o = over_list()
print(next(o))
o.close()
print("done")
