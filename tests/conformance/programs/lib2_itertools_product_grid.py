# Neighbours on a grid with product, and a flood fill driven by a generator.
from itertools import product

grid = ["..#..", ".##..", ".....", "#...#"]


def neighbours(r, c):
    for dr, dc in product((-1, 0, 1), repeat=2):
        if (dr, dc) != (0, 0) and 0 <= r + dr < len(grid) and 0 <= c + dc < len(grid[0]):
            yield r + dr, c + dc


def fill(start):
    seen, todo = {start}, [start]
    while todo:
        cell = todo.pop()
        yield cell
        for n in neighbours(*cell):
            if n not in seen and grid[n[0]][n[1]] == ".":
                seen.add(n)
                todo.append(n)


print(sorted(neighbours(0, 0)), len(list(neighbours(1, 1))))
print(len(list(fill((0, 0)))), sorted(fill((0, 0)))[:5])
