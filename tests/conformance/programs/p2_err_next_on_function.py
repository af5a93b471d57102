# calling next() on the generator function instead of a generator object
def numbers():
    yield 1
    yield 2

g = numbers()
print(next(g))
print(type(numbers).__name__, type(g).__name__)
print(next(numbers))
print("never printed")
