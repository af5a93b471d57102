point = (3, 4)
x, y = point
print(x, y)
(a, b), (c, d) = (1, 2), (3, 4)
print(a, b, c, d)
records = [("ann", (90, 85)), ("ben", (70, 95))]
for name, (m1, m2) in records:
    print(name, m1 + m2)
for i, (k, v) in enumerate([("x", 1), ("y", 2)]):
    print(i, k, v)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([5, 3, 9])
print(lo, hi)
res = minmax("hello")
print(res, type(res).__name__)
first, second = "ab"
print(first, second)
k1, k2 = {"p": 1, "q": 2}
print(k1, k2)
g1, g2, g3 = (n * n for n in range(3))
print(g1, g2, g3)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = 5
except TypeError as e:
    print("TypeError:", e)
try:
    p, q = None
except TypeError as e:
    print("TypeError:", e)
