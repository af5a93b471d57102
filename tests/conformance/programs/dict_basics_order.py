d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d))
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 200
print(d)
print("a" in d, "z" in d, 1 in d, "a" not in d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "=>", v)
e = {}
print(e, len(e), bool(e), bool(d))
print({1: "int", 1.0: "float", True: "bool"})
print({"x": 1, "x": 2})
nums = {i: i * i for i in range(5)}
print(nums)
print(d == {"c": 3, "a": 1, "b": 200}, d != {})
print(dict(a=1, b=2), dict([("k", "v"), ("k2", "v2")]), dict(zip("xy", [1, 2])))
print(dict({"a": 1}, b=2))
