def divide_all(values, d):
    for v in values:
        yield v / d
g = divide_all([1, 2], 0)
print(type(g).__name__, "created without error")
try:
    next(g)
except ZeroDivisionError as e:
    print("raised on first next():", e)
print(next(g, "exhausted after error"))
def bad_item(items):
    for it in items:
        yield int(it)
results = []
try:
    for v in bad_item(["1", "2", "x", "4"]):
        results.append(v)
except ValueError as e:
    print("ValueError:", e)
print(results)
def gen_stop():
    yield 1
    raise StopIteration("inside")
try:
    print(list(gen_stop()))
except RuntimeError as e:
    print("RuntimeError:", e)
def not_iterable():
    for x in 5:
        yield x
try:
    list(not_iterable())
except TypeError as e:
    print("TypeError:", e)
