# Tournament pairings with combinations, and the handshake count that follows.
from itertools import combinations, permutations

teams = ["Ajax", "Benfica", "Celtic", "Dynamo"]
matches = list(combinations(teams, 2))
for home, away in matches:
    print(f"{home} v {away}")
print(len(matches), len(list(permutations(teams, 2))))
print([n * (n - 1) // 2 == len(list(combinations(range(n), 2))) for n in range(6)])
