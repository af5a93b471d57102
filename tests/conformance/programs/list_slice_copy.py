a = [0, 1, 2, 3, 4, 5]
b = a[1:4]
b[0] = "changed"
print(a, b)
c = a[::-1]
print(c, a)
print(a[1:-1], a[-2:], a[:-2], a[::2], a[1::2])
print(a[4:1:-1], a[-1:-4:-1], a[::-3])
s = a[:]
s.append(6)
print(len(a), len(s))
chunks = [a[i:i + 4] for i in range(0, len(a), 4)]
print(chunks)
rot = a[2:] + a[:2]
print(rot)
print(a[2:2], a[len(a):], a[-len(a):] == a)
