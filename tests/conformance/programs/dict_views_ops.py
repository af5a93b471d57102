d = {"one": 1, "two": 2, "three": 3}
k = d.keys()
print(len(k), "one" in k, "four" in k)
print(list(d.values()), 2 in d.values())
print(("two", 2) in d.items(), ("two", 3) in d.items())
print(sorted(d.keys()), sorted(d.values(), reverse=True))
print(list(reversed(list(d))))
print(max(d.items(), key=lambda kv: kv[1]), min(d))
print([k.upper() for k in d], {v for v in d.values()} == {1, 2, 3})
total = 0
for name, num in d.items():
    total += num
print(total, sum(d.values()), tuple(d))
print(list(d.items())[0], list(d.items())[-1])
