big = 2.0 ** 53
print(big, big + 1, big + 2, big + 1 == big)
print(1e16 + 1 - 1e16, 1e16 - 1e16 + 1)
print(0.1 + 0.2 - 0.3)
print(1 - 1e-16, 1 - 1e-17, 1 + 1e-16)
print(float(2 ** 63), float(2 ** 63 - 1), float(10 ** 17 + 1))
x = 0.1
print(x * 10, x * 3, x * 100, x * 1000)
print(1.1 ** 2, 1.1 * 1.1)
print(3 * 1.1 == 3.3, abs(3 * 1.1 - 3.3) < 1e-9)
print(sum([1e16, 1.0, -1e16]), sum([1e16, -1e16, 1.0]))
vals = []
v = 1.0
for i in range(6):
    v /= 10
    vals.append(v)
print(vals)
