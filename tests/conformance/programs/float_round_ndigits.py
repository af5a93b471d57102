vals = [2.675, 2.665, 1.005, 0.125, 0.135, 3.14159, -2.5, 1234.5678, 0.0049]
for v in vals:
    print(v, round(v), round(v, 1), round(v, 2), round(v, 3))
print(round(1234.5678, -1), round(1234.5678, -2), round(1234.5678, -4))
print(round(5.5), round(6.5), round(-5.5), round(-6.5))
print(round(0.1 + 0.2, 2), round(1 / 3, 5), round(2 / 3, 5))
print(round(123.456, 10), round(1e-10, 5), round(-1e-10, 5))
print(round(2.5, 0), round(3.5, 0), round(-0.4))
print(round(0.5, 0), round(-0.5, 0), round(1.5, 0))
print(round(1e300, 2), round(1.23e-300, 2), round(5e-324, 3))
print(round(99.999, 2), round(99.995, 2), round(0.045, 2))
print(round(123456789.987654321, 4), round(-123.456, -1), round(-123.456, -3))
