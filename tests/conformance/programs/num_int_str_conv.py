values = [0, 7, -7, 255, 2 ** 40, -(10 ** 18)]
for v in values:
    print(str(v), repr(v), len(str(v)))
print(str(12) + str(34), int(str(12) + str(34)) + 1)
digits = [int(c) for c in str(2 ** 50)]
print(digits, sum(digits))
n = 987654321
rev = 0
while n:
    n, d = divmod(n, 10)
    rev = rev * 10 + d
print(rev)
def to_base(n, b):
    if n == 0:
        return "0"
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out = chars[r] + out
    return "-" + out if neg else out
for n, b in [(255, 2), (255, 16), (-100, 7), (2 ** 64, 36)]:
    s = to_base(n, b)
    print(n, b, s, int(s, b) == n)
