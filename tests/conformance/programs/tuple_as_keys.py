grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, (3, 3) in grid)
print(sorted(k for k in grid if grid[k] % 4 == 0))
moves = {(0, 1): "right", (1, 0): "down", (0, -1): "left", (-1, 0): "up"}
pos = (0, 0)
for d in [(0, 1), (0, 1), (1, 0), (0, -1)]:
    pos = (pos[0] + d[0], pos[1] + d[1])
    print(moves[d], "->", pos)
pairs = {(1, 2), (2, 1), (1, 2)}
print(len(pairs), sorted(pairs))
try:
    bad = {[1, 2]: "list key"}
except TypeError as e:
    print("TypeError:", e)
try:
    s = {(1, [2])}
except TypeError as e:
    print("TypeError:", e)
