# Primes from a generator, trial division up to math.isqrt; isqrt stays exact on big ints.
import math


def primes():
    found = []
    n = 2
    while True:
        limit = math.isqrt(n)
        if all(n % p for p in found if p <= limit):
            found.append(n)
            yield n
        n += 1


def is_prime(n):
    if n < 2:
        return False
    return all(n % d for d in range(2, math.isqrt(n) + 1))


gen = primes()
print([next(gen) for _ in range(25)])
print([n for n in range(90, 130) if is_prime(n)])
print(math.isqrt(10**40), math.isqrt(2**127 - 1), math.isqrt(0), math.isqrt(True))
print(all(math.isqrt(n) ** 2 <= n < (math.isqrt(n) + 1) ** 2 for n in range(2000)))

perfect = (n for n in range(1, 200) if math.isqrt(n) ** 2 == n)
print(list(perfect))

for bad in [-1, 2.0, "9", 10**20 * -1]:
    try:
        math.isqrt(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
