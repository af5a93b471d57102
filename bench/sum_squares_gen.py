# Sum of squares of 10**7 ints through a generator expression: one item at a time.
N = 10_000_000
print(sum(x * x for x in range(N)))
