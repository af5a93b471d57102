# islice, count and groupby over infinite generators: primes in blocks of ten.
from itertools import count, groupby, islice


def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print(list(islice(primes(), 10)))
print([(decade, len(list(g))) for decade, g in islice(groupby(primes(), key=lambda p: p // 10), 5)])
