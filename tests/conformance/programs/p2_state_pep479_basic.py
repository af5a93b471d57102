# PEP 479: StopIteration raised inside a generator body becomes RuntimeError
def explicit():
    yield 1
    raise StopIteration("explicit")

g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__)
print(next(g, "finished"))

# return is the right way to stop
def proper():
    yield 1
    return "done"

print(list(proper()))

# a StopIteration caught inside the generator is fine
def caught():
    try:
        raise StopIteration("handled")
    except StopIteration as e:
        yield "caught " + str(e)
    yield "continues"

print(list(caught()))

# inside list(), the conversion is visible to the consumer
try:
    list(explicit())
except RuntimeError as e:
    print("list() raised RuntimeError:", e)

# subclasses of StopIteration are converted too
class MyStop(StopIteration):
    pass

def sub():
    yield 1
    raise MyStop("mine")

try:
    print(list(sub()))
except RuntimeError as e:
    print("subclass:", e, "| cause type:", type(e.__cause__).__name__)
