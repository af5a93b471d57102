def source():
    for i in range(6):
        print("  source yields", i)
        yield i
s = source()
evens = (x for x in s if x % 2 == 0)
print(next(evens))
print("taking directly from source:", next(s))
print(next(evens))
print("rest of source:", list(s))
print("evens now exhausted:", list(evens))
def tagged(tag, it):
    for x in it:
        yield tag + str(x)
shared = iter(range(4))
a = tagged("a", shared)
b = tagged("b", shared)
print(next(a), next(b), next(a), next(b), next(a, "a-done"))
def squares():
    for i in range(4):
        yield i * i
print([list(squares()) for _ in range(2)])
print([x + y for x in squares() for y in squares() if x < y])
