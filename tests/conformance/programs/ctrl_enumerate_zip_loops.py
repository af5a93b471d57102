names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=1):
    print(f"{i}. {name}")
for name, age in zip(names, ages):
    print(name, age)
for idx, (name, age) in enumerate(zip(names, ages)):
    print(idx, name, age)
for a, b, c in zip("xyz", range(3), [True, False, None]):
    print(a, b, c)
print(list(zip()), list(zip([1, 2])), list(zip([], [1])))
for i, ch in reversed(list(enumerate("abc"))):
    print(i, ch)
pairs = list(zip(names, ages))
unzipped_names, unzipped_ages = zip(*pairs)
print(unzipped_names, unzipped_ages)
