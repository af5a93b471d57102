# The same work over 5 * 10**6 items: a list of them, then a generator of them.
N = 5_000_000
evens = [x for x in range(N) if x % 2 == 0]
print(len(evens), sum(evens))
print(sum(1 for x in range(N) if x % 2 == 0), sum(x for x in range(N) if x % 2 == 0))
