t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], t[::-1], len(t))
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(type(()).__name__, type((1,)).__name__, type((1)).__name__)
print(t + (4,), t * 2, (0,) * 3, 2 in t, 5 not in t)
print(t[1:2], t[5:], t[-2::-1])
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    print(t[3])
except IndexError as e:
    print("IndexError:", e)
try:
    print(t + [4])
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
print(min((3, 1, 2)), max(t), sum(t), sorted((3, 1, 2)))
x = 1, 
print(x, len(x))
