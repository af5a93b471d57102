i = 0
while i < 5:
    print("i =", i)
    i += 1
n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n //= 2
    else:
        n = 3 * n + 1
    steps += 1
print("collatz steps:", steps)
k = 10
while k:
    k -= 3
    if k < 0:
        break
    print("k", k)
else:
    print("never printed")
j = 0
while j < 3:
    j += 1
else:
    print("while-else ran, j =", j)
total = 0
x = 0
while True:
    x += 1
    if x % 2:
        continue
    total += x
    if x >= 10:
        break
print("total even", total)
