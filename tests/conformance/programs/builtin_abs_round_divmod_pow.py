print(abs(-7), abs(7), abs(-7.25), abs(0), abs(-(10 ** 30)), abs(True))
print(round(3.7), round(-3.7), round(3.5), round(4.5), round(-3.5))
print(round(3.14159, 2), round(2.5, 0), round(-2.5, 0), round(12345, -2), round(12355, -1))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(0, 7))
print(pow(2, 8), pow(2, -2), pow(2.5, 2), pow(7, 2, 5), pow(-7, 2, 5), pow(3, 200, 1000))
print(pow(10, 18) + 1, pow(0, 0), pow(1, 10 ** 6))
print(round(10 ** 20 + 0.5), round(1e15 + 0.5))
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994]:
    print(v, round(v))
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 5, 0)
except ValueError as e:
    print("ValueError:", e)
print(pow(3, 0, 1), pow(5, 1, 1), pow(-2, 3, 5))
