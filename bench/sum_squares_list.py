# Sum of squares of 10**7 ints, materialized as a list first.
N = 10_000_000
squares = [x * x for x in range(N)]
print(sum(squares))
