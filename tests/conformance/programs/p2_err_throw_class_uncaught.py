# throwing an exception class (not an instance) that nobody catches
def gen():
    for i in range(3):
        print("  yielding", i)
        yield i

g = gen()
total = 0
for v in g:
    total += v
    if v == 1:
        print("total so far", total)
        g.throw(LookupError)
print("never printed")
