def gen():
    yield "first"
    yield "second"
    yield "third"
g = gen()
print(type(g).__name__)
print(next(g))
print(next(g))
print(next(g))
try:
    print(next(g))
except StopIteration as e:
    print("StopIteration raised, value:", e.value)
for value in gen():
    print("loop:", value)
print(list(gen()), len(list(gen())))
a, b, c = gen()
print(c, b, a)
