it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
s = iter("hi")
print(list(s), list(s))
t = iter((1, 2))
print(iter(t) is t, next(t))
d = iter({"a": 1, "b": 2})
print(next(d), next(d))
r = iter(range(3))
print(sum(r), sum(r))
first = iter([1, 2, 3, 4, 5, 6])
print(list(zip(first, first)))
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(None)
except TypeError as e:
    print("TypeError:", e)
try:
    next("abc")
except TypeError as e:
    print("TypeError:", e)
