m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for row in m:
    print(row)
t = [[m[r][c] for r in range(3)] for c in range(3)]
print("transpose", t)
print("zip transpose", [list(col) for col in zip(*m)])
diag = [m[i][i] for i in range(3)]
anti = [m[i][2 - i] for i in range(3)]
print(diag, anti, sum(diag), sum(anti))
def matmul(a, b):
    n, k, p = len(a), len(b), len(b[0])
    out = [[0] * p for _ in range(n)]
    for i in range(n):
        for j in range(p):
            s = 0
            for x in range(k):
                s += a[i][x] * b[x][j]
            out[i][j] = s
    return out
print(matmul(m, m))
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(matmul(m, ident) == m)
flat = [x for row in m for x in row]
print(flat, [flat[i:i + 2] for i in range(0, len(flat), 2)])
print(max(m, key=sum), [sum(r) for r in m], [max(r) for r in zip(*m)])
