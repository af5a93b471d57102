a = 1
b = 2
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
m, (n, o) = "A", "BC"
print(m, n, o)
s1, s2 = "hi"
print(s1, s2)
a = b = c = 7
print(a, b, c)
t = 1, 2, 3
print(t)
first, second, third = range(3)
print(first, second, third)
[u, v] = (5, 6)
print(u, v)
((a1, a2), (b1, b2)) = [(1, 2), [3, 4]]
print(a1, a2, b1, b2)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 99
print(i, lst)
k, v = ("key", "val") if True else ("no", "no")
print(k, v)
