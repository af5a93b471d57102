print([1, "a", 2.0, None, True, [], (), {}])
print((1,), (1, 2), ((1,),), ([],))
print({"a": [1, 2], "b": {"c": (3,)}, 1: None, (1, 2): "tuple key"})
print({1, 2, 3}, {(1, "a")}, set())
print([[[]]], [{}], [set()])
print(["quote's", 'dq"', "both'\""])
print(str([1.5, -0.0, 1e16, 1e-5]), repr((0.1, 2.5e-10)))
x = [1, 2]
x.append(x)
print(x)
d = {}
d["self"] = d
print(d)
print(repr([None, "None"]), str(["s"]), repr("s"))
print(range(5), range(1, 5), range(1, 5, 2))
