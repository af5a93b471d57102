def g():
    yield 1
    yield 2
gen = g()
try:
    print(len(gen))
except TypeError as e:
    print("TypeError:", e)
try:
    print(gen[0])
except TypeError as e:
    print("TypeError:", e)
try:
    gen[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    print(gen + gen)
except TypeError as e:
    print("TypeError:", e)
print(next(gen), list(gen))
try:
    next(g)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(type(gen).__name__, type(g).__name__, isinstance(gen, list))
print(bool(g()), g() is not None)
