# a sub-generator that is shared or partly consumed before delegation
def numbers():
    for i in range(6):
        yield i

shared = numbers()
print("consumed first:", next(shared), next(shared))

def rest_of(it):
    got = yield from it
    print("  delegation finished, got", got)

print(list(rest_of(shared)))
print("shared now:", list(shared))

# two delegators taking turns on one generator
src = numbers()

def taker(tag, it, n):
    for _ in range(n):
        yield (tag, next(it))

t1 = taker("a", src, 2)
t2 = taker("b", src, 2)
print(next(t1), next(t2), next(t1), next(t2))

# delegation to an already finished generator returns None immediately
done = numbers()
list(done)

def late():
    r = yield from done
    yield ("late", r)

print(list(late()))

# yield from the same generator object twice
def twice(g):
    yield from g
    yield "---"
    yield from g

print(list(twice(x for x in "ab")))
