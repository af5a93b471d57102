# closing a delegating generator closes the sub-generator first
def inner():
    try:
        yield "i1"
        yield "i2"
    finally:
        print("  inner finally")

def outer():
    try:
        yield "o1"
        result = yield from inner()
        print("  never: result", result)
    finally:
        print("  outer finally")

g = outer()
print(next(g))
print(next(g))
g.close()
print("closed")

# closing before reaching yield from: inner never created
g2 = outer()
print(next(g2))
g2.close()
print("closed early")

# an inner generator that returns on GeneratorExit still lets the outer close
def inner2():
    try:
        yield "x"
    except GeneratorExit:
        print("  inner2 returns on GeneratorExit")
        return "value"

def outer2():
    try:
        v = yield from inner2()
        print("  outer2 continues with", v)
        yield "should not happen"
    finally:
        print("  outer2 finally")

o = outer2()
next(o)
o.close()
print("closed outer2")
