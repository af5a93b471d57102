# __name__, __qualname__ and gi_code.co_name of generators
def top():
    yield 1

class Shelf:
    def items(self):
        yield "book"

    def nested(self):
        def helper():
            yield "inner"
        return helper()

def factory():
    def made():
        yield 2
    return made()

g = top()
print(g.__name__, g.__qualname__, g.gi_code.co_name)
s = Shelf().items()
print(s.__name__, s.__qualname__, s.gi_code.co_name)
n = Shelf().nested()
print(n.__name__, n.__qualname__)
f = factory()
print(f.__name__, f.__qualname__)
ge = (x for x in "ab")
print(ge.__name__, ge.__qualname__, ge.gi_code.co_name)
def in_func():
    return (y for y in [1])
print(in_func().__qualname__)

# the names can be reassigned on the generator object
g.__name__ = "renamed"
g.__qualname__ = "Renamed.qual"
print(g.__name__, g.__qualname__, g.gi_code.co_name)
try:
    g.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
print(top.__name__, top().__name__)
print(type(g).__name__, type(g).__qualname__)
