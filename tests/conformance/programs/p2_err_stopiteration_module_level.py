# a bare next() on an exhausted generator at module level
def pair():
    yield "left"
    yield "right"

p = pair()
for side in p:
    print(side)
print(next(p, "default works"))
print(next(p))
print("never printed")
