# Classic puzzles solved by brute force with combinatoric iterators: a magic
# square row, SEND+MORE style sums on small digits, and subsets with a given sum.
from itertools import combinations, permutations, product

rows = [p for p in permutations(range(1, 10), 3) if sum(p) == 15 and p[0] < p[1] < p[2]]
print(len(rows), rows[:4])
solutions = [(a, b, c) for a, b, c in product(range(10), repeat=3) if a * 100 + b * 10 + c == (a + b + c) ** 3 and a]
print(solutions)
coins = [1, 2, 5, 10, 20, 50]
print([s for r in range(1, 4) for s in combinations(coins, r) if sum(s) == 27])
print(next(p for p in permutations("LISTEN") if "".join(p) == "SILENT"))
