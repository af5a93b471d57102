# A generator takes its __name__ and __qualname__ from its function when it is
# created; renaming the function later leaves existing generators as they were.
def produce():
    yield 1


first = produce()
produce.__name__ = "renamed"
produce.__qualname__ = "Module.renamed"
second = produce()
print(first.__name__, first.__qualname__)
print(second.__name__, second.__qualname__)
second.__name__ = "gen2"
print(second.__name__, produce.__name__)
try:
    second.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)


class Factory:
    def make(self):
        yield "x"


print(Factory().make().__qualname__, Factory.make.__qualname__)
