print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)))
print(list(range(10, 0, -2)), list(range(5, 5)), list(range(5, 0)), list(range(-3, 3)))
r = range(1, 20, 4)
print(len(r), r[0], r[-1], r[1:3] == range(5, 13, 4), 9 in r, 10 in r)
print(list(reversed(range(4))), sum(range(1, 101)), max(range(7)), min(range(3, 9)))
print(range(3), range(1, 10, 2), type(range(3)).__name__)
for i in range(3, 0, -1):
    print("countdown", i)
print(list(range(0)), len(range(0, 100, 7)), list(range(2 ** 64, 2 ** 64 + 3)))
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(range(10)[-1], range(10)[::3] == range(0, 10, 3), list(range(10)[::-3]))
