# combining itertools with user generators
import itertools

def naturals():
    n = 1
    while True:
        yield n
        n += 1

def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            return False
    return True

primes = filter(is_prime, naturals())
print(list(itertools.islice(primes, 10)))

# chunks with islice
def chunks(iterable, size):
    it = iter(iterable)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk

print(list(chunks(range(10), 4)))
print(list(chunks("abcdef", 2)))

# enumerate from count vs enumerate
words = ["zero", "one", "two"]
print(list(zip(itertools.count(), words)) == list(enumerate(words)))

# running totals of squares of odd numbers, stop above 100
odd_squares = (n * n for n in naturals() if n % 2)
print(list(itertools.takewhile(lambda t: t <= 100, itertools.accumulate(odd_squares))))

# interleave two generators
def interleave(a, b):
    for x, y in zip(a, b):
        yield x
        yield y

print(list(itertools.islice(interleave(naturals(), itertools.repeat("-")), 7)))
