# StopIteration raised in a sub-generator of a yield from chain
def inner():
    yield 1
    raise StopIteration("inner is done?")

def outer():
    yield 0
    got = yield from inner()
    print("  never reached", got)

gen = outer()
print(next(gen))
print(next(gen))
next(gen)
print("never printed")
