found = None
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = 1
        while c * c < c2:
            c += 1
        if c * c == c2 and a + b + c == 24:
            found = (a, b, c)
            break
    if found:
        break
print("triple", found)
count = 0
for i in range(5):
    for j in range(5):
        if (i + j) % 2:
            continue
        count += 1
print("even sums", count)
for row in range(1, 5):
    print(" " * (4 - row) + "*" * (2 * row - 1))
n = 0
while n < 3:
    m = 0
    while m < n:
        print("n", n, "m", m)
        m += 1
    n += 1
