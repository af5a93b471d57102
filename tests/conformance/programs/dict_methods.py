inv = {"apple": 3, "pear": 0}
print(inv.get("apple"), inv.get("kiwi"), inv.get("kiwi", 0), inv.get("pear", 99))
print(inv.setdefault("kiwi", 5), inv.setdefault("apple", 100), inv)
print(inv.pop("pear"), inv.pop("nothing", "default"), inv)
try:
    inv.pop("nothing")
except KeyError as e:
    print("KeyError:", e, repr(e))
inv.update({"apple": 10, "fig": 1})
print(inv)
inv.update([("grape", 7)])
inv.update(melon=2)
print(inv)
ks = inv.keys()
vs = inv.values()
inv["new"] = 0
print(list(ks), list(vs), len(ks))
print(sorted(inv.items(), key=lambda kv: kv[1]))
print(sum(inv.values()), max(inv, key=lambda k: inv[k]), min(inv.values()))
groups = {}
for word in ["ant", "bee", "ape", "cat", "bat", "cow"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(type(inv.keys()).__name__, type(inv.items()).__name__, type(inv.values()).__name__)
