n = 1234567
digits = 0
while n > 0:
    n //= 10
    digits += 1
print("digits", digits)
a, b = 1071, 462
while b:
    a, b = b, a % b
print("gcd", a)
x = 2.0
guess = 1.0
while abs(guess * guess - x) > 1e-12:
    guess = (guess + x / guess) / 2
print("sqrt2", guess)
items = ["a", "b", "c"]
while items:
    print("pop", items.pop())
print(items)
i = 0
while True:
    i += 1
    if i == 2:
        continue
    if i > 5:
        break
    print("loop", i)
lo, hi = 0, 100
target = 37
steps = 0
while lo <= hi:
    mid = (lo + hi) // 2
    steps += 1
    if mid == target:
        break
    if mid < target:
        lo = mid + 1
    else:
        hi = mid - 1
print("found", mid, "in", steps, "steps")
