def memoize(f):
    cache = {}
    calls = [0]
    def wrapped(n):
        if n not in cache:
            calls[0] += 1
            cache[n] = f(n)
        return cache[n]
    def stats():
        return calls[0], len(cache)
    return wrapped, stats
def slow_fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
fib, fib_stats = memoize(slow_fib)
print(fib(30), fib_stats())
print(fib(100), fib_stats())
print(fib(300))
print(fib_stats())
def make_logger(prefix):
    lines = []
    def log(msg):
        lines.append(prefix + msg)
        return len(lines)
    def dump():
        return lines
    return log, dump
log, dump = make_logger("[app] ")
log("start")
log("work")
print(log("end"), dump())
