d = {"x": 1, "y": 2, "z": 3}
try:
    for k in d:
        if k == "x":
            d["w"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {"x": 1, "y": 2, "z": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
d = {"x": 1, "y": 2}
for k in d:
    d[k] = d[k] * 10
print(d)
squares = {}
for i in range(6):
    squares[i] = i ** 2
print({k: v for k, v in squares.items() if k % 2 == 0})
inverted = {v: k for k, v in squares.items()}
print(inverted)
