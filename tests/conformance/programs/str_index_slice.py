s = "Hello, World"
print(s[0], s[-1], s[4], s[-5])
print(s[0:5], s[7:], s[:5], s[-5:], s[:])
print(s[::2], s[1::2], s[::-1], s[::-2])
print(s[2:9:3], s[9:2:-2], s[-1:-6:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[len(s) - 1], len(s), len(""), len(s[::3]))
for i in range(0, len(s), 4):
    print(i, repr(s[i:i + 4]))
try:
    print(s[12])
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
t = "abcdef"
print(t[1:-1], t[-3:-1], t[::-1][1:3], t[5:0:-1], t[5::-1])
print(t[:3], t[3:], t[:3] + t[3:] == t)
