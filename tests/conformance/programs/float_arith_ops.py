a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(0.1 + 0.7, 0.1 * 0.7, 0.7 - 0.1)
print(1.0 - 0.9, 1.0 - 0.99, 3.3 - 1.1)
print(5.0 % 3, -5.0 % 3, 5.5 % 1, 1e10 % 3)
print(2.0 ** -2, (-2.0) ** 2, (-8.0) ** 2)
x = 1.0
for i in range(10):
    x += 0.1
print(x)
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0, round(s, 9) == 1.0)
print(1 / 7 * 7, 49 / 7, 1e300 * 1e300)
print(3 * 0.1, 0.1 * 3 == 0.3)
print(0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1)
print(sum([0.1] * 10), sum([0.5, 0.25, 0.125]))
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5.0 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
