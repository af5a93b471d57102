# Rotating a deque: a carousel of players, and a rotation undone.
from collections import deque

players = deque(["ann", "bob", "cy", "dee"])
for turn in range(5):
    print(turn, players[0], list(players))
    players.rotate(-1)

d = deque(range(6))
d.rotate(2)
print(d)
d.rotate(-2)
print(d)
d.rotate(13)
print(d)
d.rotate(0)
print(d)
d.reverse()
print(d, d[0], d[-1], d[2])
d[0] = 99
print(d)
del d[1]
print(d)
try:
    d[10]
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    d["x"]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    d.rotate("x")
except TypeError as e:
    print(type(e).__name__ + ":", e)
