pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, "//", a // b, "%", a % b, "divmod", divmod(a, b))
print(7 // -2, -7 % 3, 7 % -3, -7 % -3)
print(divmod(-7, 2), divmod(7, -2))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.5, 1)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(10 ** 30 // 7, 10 ** 30 % 7)
print(-(10 ** 30) // 7, -(10 ** 30) % 7)
print(divmod(2 ** 100, 3 ** 20))
print(divmod(-(2 ** 100), 3 ** 20))
q, r = divmod(12345678901234567890, 987654321)
print(q, r, q * 987654321 + r)
