n = 4
ident = [[1 if r == c else 0 for c in range(n)] for r in range(n)]
for row in ident:
    print(row)
table = [[r * c for c in range(1, 6)] for r in range(1, 6)]
for row in table:
    print(" ".join(f"{v:3}" for v in row))
flat = [v for row in table for v in row]
print(len(flat), sum(flat), max(flat))
upper = [[table[r][c] for c in range(r, 5)] for r in range(5)]
print(upper)
pascal = [[1]]
for i in range(6):
    prev = pascal[-1]
    pascal.append([1] + [prev[j] + prev[j + 1] for j in range(len(prev) - 1)] + [1])
for row in pascal:
    print(row)
