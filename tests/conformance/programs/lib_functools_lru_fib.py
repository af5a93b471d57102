# lru_cache as a plain call: a memoised Fibonacci, and the generator that uses it.
from functools import lru_cache


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


fib = lru_cache(maxsize=None)(fib)


def fib_stream(limit):
    n = 0
    while True:
        f = fib(n)
        if f > limit:
            return n
        yield f
        n += 1


print(list(fib_stream(1000)))
print(fib(90))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(fib(10), fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__, fib.cache_parameters())
try:
    fib([1])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    lru_cache(maxsize="big")
except TypeError as e:
    print(type(e).__name__ + ":", e)
