# combinations and combinations_with_replacement: lottery draws, coin change, and
# their argument errors.
from itertools import combinations, combinations_with_replacement

print(list(combinations("ABCD", 2)))
print(list(combinations(range(4), 3)))
print(list(combinations_with_replacement("ABC", 2)))
print(len(list(combinations(range(10), 4))))
print(list(combinations([1, 2], 3)), list(combinations([], 0)))


def change(amount, coins):
    for n in range(1, amount + 1):
        for combo in combinations_with_replacement(coins, n):
            if sum(combo) == amount:
                yield combo


print(list(change(10, [1, 5, 10])))
pairs = combinations([3, 9, 4, 7, 1], 2)
print(next(pairs), next(pairs))
print([p for p in pairs if sum(p) == 11])
for bad in ((range(3),), (range(3), -1), (3, 1), (range(3), "2"), (range(3), 2.0)):
    try:
        combinations(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    combinations_with_replacement("ab", -2)
except ValueError as e:
    print(type(e).__name__, e)
