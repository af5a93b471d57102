def triple(seq):
    a, b, c = seq
    return a + b + c
print(triple([1, 2, 3]))
print(triple("xyz"))
print(triple(range(3)))
try:
    triple([1, 2, 3, 4])
except ValueError as e:
    print("caught:", e)
print(triple((1, 2)))
