def find_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has factor", d)
            break
    else:
        print(n, "is prime")
for n in [2, 9, 13, 15, 97]:
    find_factor(n)
for i in []:
    print("never")
else:
    print("else after empty loop")
for i in range(3):
    if i == 1:
        continue
    print("i", i)
else:
    print("else after continue-only loop")
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            break
        print(outer, inner)
    else:
        print("inner completed for", outer)
