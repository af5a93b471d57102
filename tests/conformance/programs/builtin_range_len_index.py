r = range(3, 20, 4)
print(list(r), len(r), r[0], r[2], r[-1], r[-2])
print(7 in r, 8 in r, 19 in r, 23 in r)
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), len(range(5, -5, -3)))
for i in range(len("abc")):
    print(i, "abc"[i])
try:
    print(range(3)[5])
except IndexError as e:
    print("IndexError:", e)
print(sum(range(0, 1000, 7)), max(range(1, 100, 9)), list(range(3)) == [0, 1, 2])
big = range(10 ** 20)
print(big[-1], (10 ** 20 - 1) in big, 10 ** 20 in big)
