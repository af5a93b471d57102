a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a <= a, {1, 2} <= a, {1, 2} < a, a < a, a >= {4}, a > {1, 2, 3, 4})
print("set ops:", type(a | b).__name__)
print({1} | set(), set() & a, a - a, a ^ a)
c = set(a)
c |= {9}
print(sorted(c))
c &= {1, 9, 100}
print(sorted(c))
c -= {1}
print(sorted(c))
c ^= {9, 8}
print(sorted(c))
print(sorted((a | b) - (a & b)) == sorted(a ^ b))
print({1, 2} == {1, 2, 2}, {1, 2} < {1, 3}, {1, 3} > {1})
try:
    print(a + b)
except TypeError as e:
    print("TypeError:", e)
try:
    print(a | [5])
except TypeError as e:
    print("TypeError:", e)
