# tutorial: infinite primes generator consumed with takewhile
from itertools import takewhile, count, islice

def primes():
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n

print(list(takewhile(lambda p: p < 60, primes())))
print(list(islice(primes(), 20, 25)))
print(sum(takewhile(lambda p: p < 1000, primes())))

# twin primes below 200
def pairs(it):
    prev = next(it)
    for cur in it:
        yield prev, cur
        prev = cur

twins = [(a, b) for a, b in takewhile(lambda ab: ab[1] < 200, pairs(primes())) if b - a == 2]
print(twins)

# prime gaps
gaps = {}
for a, b in takewhile(lambda ab: ab[1] < 500, pairs(primes())):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))
