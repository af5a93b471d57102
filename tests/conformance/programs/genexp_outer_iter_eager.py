def src():
    print("  src() called")
    return [1, 2, 3]
print("creating genexp")
g = (x * 2 for x in src())
print("created")
print(list(g))
data = [1, 2, 3]
g2 = (x for x in data)
data = [10, 20]
print("rebinding after creation:", list(g2))
data = [1, 2, 3]
g3 = (x for x in data)
data.append(4)
print("mutating after creation:", list(g3))
y = 10
g4 = (x + y for x in range(3))
y = 100
print("free variable read late:", list(g4))
try:
    g5 = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
def inner_src(x):
    print("  inner_src", x)
    return range(x)
g6 = ((a, b) for a in range(3) for b in inner_src(a))
print("nested genexp created")
print(list(g6))
