def greet(who, punct="!"):
    return f"Hello, {who}{punct}"
print(f"<{greet('you')}>")
print(f"{greet('x', '?')!r}")
pairs = [(1, "one"), (2, "two")]
print(", ".join(f"{k}={v}" for k, v in pairs))
print(f"{', '.join(str(i) for i in range(5))}")
matrix = [[1, 2], [3, 4]]
for row in matrix:
    print(f"{' '.join(f'{x:3d}' for x in row)}")
def order(tag):
    print("eval", tag)
    return tag
print(f"{order('a')}-{order('b')}-{order('c')}")
total = 0
for i in range(3):
    total += i
    print(f"step {i}: total={total:>3} {'even' if total % 2 == 0 else 'odd'}")
