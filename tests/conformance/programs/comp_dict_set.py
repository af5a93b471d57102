words = ["apple", "banana", "cherry", "avocado", "blueberry"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({k: v for k, v in zip("abc", range(3)) if v})
print(sorted({len(w) for w in words}))
print({n: n ** 2 for n in range(5) if n % 2 == 0})
prices = {"a": 1.5, "b": 20.0, "c": 7.25}
print({k: round(v * 1.1, 2) for k, v in prices.items()})
print({v: k for k, v in prices.items()})
print({(i, j): i * j for i in range(2) for j in range(2)})
print(sorted({c for c in "mississippi"}))
print({i % 3: i for i in range(10)})
matrix = {r: [r * c for c in range(3)] for r in range(3)}
print(matrix)
