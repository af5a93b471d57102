a = [1, [2, 3], (4, 5)]
b = [1, [2, 3], (4, 5)]
print(a == b, a is b, a[1] == b[1], a[1] is b[1])
c = a
c.append("shared")
print(a, len(a))
d = a.copy()
d[1].append("deep")
print(a, d)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [2] > [1, 100], [] < [0])
print([[1, 2], [1, 1]] < [[1, 2], [1, 2]])
print([1, 2] != [2, 1], sorted([[3, 1], [1, 2], [1, 1]]))
x = [1, 2, 3]
y = x
x = x + [4]
print(x, y)
x = y
x += [5]
print(x, y)
print(list(), list("ab"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
print(len([]), len([[]]), len([[], []]), [] == [], [[]] == [[]])
