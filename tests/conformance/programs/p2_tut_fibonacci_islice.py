# tutorial: infinite Fibonacci generator consumed with islice
from itertools import islice

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(islice(fibonacci(), 15)))
print(list(islice(fibonacci(), 10, 15)))
print(next(islice(fibonacci(), 100, None)))
print(sum(islice(fibonacci(), 50)))
even = (f for f in fibonacci() if f % 2 == 0)
print(list(islice(even, 8)))

# the same generator continued in steps
fib = fibonacci()
print(list(islice(fib, 5)))
print(list(islice(fib, 5)))
print(next(fib))

# ratio of consecutive numbers approaches the golden ratio
def ratios():
    it = fibonacci()
    prev = next(it)
    for cur in it:
        if prev:
            yield cur / prev
        prev = cur

for r in islice(ratios(), 20, 23):
    print(round(r, 10))
