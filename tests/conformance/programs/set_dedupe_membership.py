words = "one two three two one four".split()
unique_in_order = []
seen = set()
for w in words:
    if w not in seen:
        seen.add(w)
        unique_in_order.append(w)
print(unique_in_order)
print(len(seen), sorted(seen))
primes = {2, 3, 5, 7, 11, 13}
for n in range(1, 15):
    if n in primes:
        print(n, "prime")
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(threes - evens))
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
print(min(primes), max(primes), sum(primes), sorted(primes, reverse=True))
print(any(p > 12 for p in primes), all(p > 1 for p in primes))
