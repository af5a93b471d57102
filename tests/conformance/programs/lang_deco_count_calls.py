# Function attributes as counters: a decorator keeps the number of calls and of values
# yielded on the wrapper itself.
def counted(gen_func):
    def wrapper(*args):
        wrapper.calls += 1
        for value in gen_func(*args):
            wrapper.values += 1
            yield value
    wrapper.calls = 0
    wrapper.values = 0
    wrapper.__name__ = gen_func.__name__
    return wrapper


@counted
def evens(n):
    yield from range(0, n, 2)


for n in (5, 10, 3):
    print(n, list(evens(n)))
print(evens.__name__, evens.calls, evens.values)
lazy = evens(100)
print(evens.calls, evens.values)
next(lazy)
next(lazy)
print(evens.calls, evens.values)
evens.calls = 0
del evens.values
print(evens.calls, hasattr(evens, "values"), sorted(vars(evens)))
try:
    evens.values
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del evens.values
except AttributeError as e:
    print(type(e).__name__, e)
