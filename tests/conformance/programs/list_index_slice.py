a = list(range(10))
print(a[0], a[-1], a[3:7], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[8:2:-2])
print(a[100:], a[-100:2], a[5:5], a[7:3])
b = a[:]
b[0] = 99
print(a[0], b[0])
a[2] = "two"
a[-1] = "nine"
print(a)
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][2], m[-1][-1], m[0][1:])
m[0][0] = 100
print(m)
row = [0] * 3
grid = [row] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
try:
    print(a[10])
except IndexError as e:
    print("IndexError:", e)
try:
    a[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    print(a["x"])
except TypeError as e:
    print("TypeError:", e)
print([1, 2] + [3], [0] * 4, [1, 2] * 0, 2 * [7])
