def primes():
    found = []
    n = 2
    while True:
        is_prime = True
        for p in found:
            if p * p > n:
                break
            if n % p == 0:
                is_prime = False
                break
        if is_prime:
            found.append(n)
            yield n
        n += 1
count = 0
for p in primes():
    print(p, end=" ")
    count += 1
    if count == 20:
        break
print()
gen = primes()
for _ in range(99):
    next(gen)
print("100th prime:", next(gen))
def twin_primes():
    prev = None
    for p in primes():
        if prev is not None and p - prev == 2:
            yield (prev, p)
        prev = p
tp = twin_primes()
print([next(tp) for _ in range(8)])
