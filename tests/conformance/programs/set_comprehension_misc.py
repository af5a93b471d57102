squares = {n * n for n in range(-4, 5)}
print(sorted(squares), len(squares))
mods = {n % 5 for n in range(100)}
print(sorted(mods))
lengths = {len(w) for w in ["a", "bb", "cc", "ddd", ""]}
print(sorted(lengths))
nested = {(i, j) for i in range(3) for j in range(i)}
print(sorted(nested))
empty = {x for x in [] if x}
print(empty, type(empty).__name__)
words = ["Apple", "apple", "APPLE", "banana"]
print(sorted({w.lower() for w in words}))
print(sorted(set(map(abs, [-3, 3, -2, 2, 0]))))
