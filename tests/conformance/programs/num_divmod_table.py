for a in range(-5, 6):
    row = []
    for b in [-3, -2, 2, 3]:
        q, r = divmod(a, b)
        row.append(str(q) + ":" + str(r))
    print(a, " ".join(row))
for a, b in [(5.0, 2), (-5.0, 2), (5, -2.0), (0.3, 0.1)]:
    print(a, b, divmod(a, b))
print(divmod(10 ** 20 + 7, 10 ** 10))
for a, b in [(2 ** 70, 3), (-(2 ** 70), 3), (2 ** 70, -(3 ** 40))]:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a, a // b == q, a % b == r)
