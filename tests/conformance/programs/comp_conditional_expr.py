labels = ["fizzbuzz" if n % 15 == 0 else "fizz" if n % 3 == 0 else "buzz" if n % 5 == 0 else str(n) for n in range(1, 16)]
print(labels)
print(" ".join(labels))
grades = [95, 82, 67, 45, 78]
print(["A" if g >= 90 else "B" if g >= 80 else "C" if g >= 70 else "F" for g in grades])
signs = [(-1 if n < 0 else 1 if n > 0 else 0) for n in [-3, 0, 7]]
print(signs)
clamped = [min(max(n, 0), 10) for n in [-5, 3, 15, 10]]
print(clamped)
print([x for x in ["a", "", None, "b", 0] if x])
print([(x, "even" if x % 2 == 0 else "odd") for x in range(4)])
