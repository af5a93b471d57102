# A memoizing decorator on a recursive function: the recursive calls go through the
# cache because the name refers to the wrapper. A generator lists the values.
def memoize(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            wrapper.misses += 1
            cache[n] = func(n)
        return cache[n]
    wrapper.misses = 0
    wrapper.cache = cache
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def fibs(limit):
    n = 0
    while (f := fib(n)) < limit:
        yield f
        n += 1


print(list(fibs(100)))
print(fib(80), fib.misses, len(fib.cache))


@memoize
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 200), key=collatz_len)
print(best, collatz_len(best), collatz_len.misses)
try:
    fib("x")
except TypeError as e:
    print(type(e).__name__, e)
