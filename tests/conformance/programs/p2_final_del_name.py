# del of the last reference to a suspended generator closes it immediately
def gen(name):
    try:
        print("  ", name, "started")
        yield 1
        yield 2
    finally:
        print("  ", name, "finally")

g = gen("g")
next(g)
print("before del")
del g
print("after del")

# an unstarted generator has nothing to clean up
u = gen("unstarted")
print("before del of unstarted")
del u
print("after del of unstarted")

# a finished generator has already run its finally
f = gen("finished")
print(list(f))
del f
print("after del of finished")

# two names for one generator: only the last del closes it
a = gen("shared")
next(a)
b = a
del a
print("one name deleted, still alive")
del b
print("both names deleted")
