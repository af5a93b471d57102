a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(-1 >> 3, -16 >> 2, -1 << 4, ~0, ~-1)
print(1 << 100)
print((1 << 100) >> 99, (2 ** 100 - 1) & 0xFF)
print(-(2 ** 70) >> 60, ~(2 ** 70))
print(0xF0 | 0x0F, 0xFF ^ 0x0F, 0xFF & ~0x0F)
x = 5
x <<= 3
print(x)
x >>= 1
print(x)
x |= 1
x &= 0xF
x ^= 0b101
print(x)
print(6 & 3 | 8, 6 & (3 | 8), 1 + 2 << 1, 1 + (2 << 1))
print(-5 & 0xFF, -5 | 0, -5 ^ 3)
