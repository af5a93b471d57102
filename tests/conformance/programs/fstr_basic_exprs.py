name = "Ada"
age = 36
print(f"{name} is {age} years old")
print(f"next year: {age + 1}, double: {age * 2}")
print(f"{name.upper()} {name[::-1]} {len(name)}")
items = [1, 2, 3]
print(f"items={items} sum={sum(items)} first={items[0]}")
d = {"k": "v"}
print(f"d={d} k={d['k']}")
print(f"{'nested quotes'} and {'x' if age < 0 else 'y'}")
print(f"{1 if age > 30 else 0} {age > 30}")
print(f"{{braces}} {{{age}}}")
print(f"")
print(f"{None} {True} {3.5} {(1, 2)}")
x = 10
print(f"{x}{x}{x}")
print(f"x={x}", f"x={x!r}")
print(f"{[i * i for i in range(4)]}")
print(f"{'a' + 'b'}" + f"{2 ** 70}")
print(f"{(lambda v: v * 3)(4)}")
