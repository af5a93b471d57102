def with_result(n):
    for i in range(n):
        yield i
    return "finished " + str(n)
g = with_result(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "| str:", str(e), "| repr:", repr(e))
print(list(with_result(4)))
total = 0
for x in with_result(5):
    total += x
print("for loop ignores return value, total =", total)
def only_return():
    return 42
    yield
g = only_return()
try:
    next(g)
except StopIteration as e:
    print("immediate return value:", e.value)
def bare_return():
    yield "a"
    return
g = bare_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("bare return value:", e.value, repr(e))
def returns_none_explicit():
    yield 1
    return None
print(list(returns_none_explicit()))
