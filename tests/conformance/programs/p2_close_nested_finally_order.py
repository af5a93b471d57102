# the order of cleanup on close with nested try/finally
def gen():
    try:
        print("  level 1")
        try:
            print("  level 2")
            try:
                print("  level 3")
                yield "deep"
            finally:
                print("  finally 3")
        finally:
            print("  finally 2")
    finally:
        print("  finally 1")

g = gen()
print(next(g))
g.close()
print("---")

# finally blocks in a loop: only the active one runs
def loop():
    for i in range(5):
        try:
            yield i
        finally:
            print("  finally for", i)

l = loop()
print(next(l), next(l), next(l))
print("close now")
l.close()
print("---")

# an exception in a finally during close replaces the GeneratorExit
def bad_finally():
    try:
        yield 1
    finally:
        print("  finally raising")
        raise KeyError("from finally")

b = bad_finally()
next(b)
try:
    b.close()
except KeyError as e:
    print("KeyError:", e)
