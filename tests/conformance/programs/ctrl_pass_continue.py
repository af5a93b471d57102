def stub():
    pass
print(stub())
for i in range(3):
    pass
print("i after pass loop", i)
total = 0
for n in range(20):
    if n % 3 == 0:
        continue
    if n > 14:
        break
    total += n
print("total", total)
if True:
    pass
else:
    print("unreachable")
k = 0
while k < 10:
    k += 1
    if k % 2 == 0:
        continue
    elif k == 7:
        break
    print("odd k", k)
print("k at end", k)
