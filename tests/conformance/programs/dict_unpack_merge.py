defaults = {"color": "red", "size": "M", "qty": 1}
override = {"size": "L", "gift": True}
merged = {**defaults, **override}
print(merged)
print({**override, **defaults})
print({"first": 0, **defaults, "qty": 5})
print({**{}, **{"a": 1}})
cfg = dict(defaults)
cfg.update(override)
print(cfg == merged, cfg is merged)
copy = {**defaults}
copy["color"] = "blue"
print(defaults["color"], copy["color"])
def describe(color, size, qty=1, gift=False):
    return f"{qty}x {color} {size}{' (gift)' if gift else ''}"
print(describe(merged["color"], merged["size"], merged["qty"], merged["gift"]))
print(describe(size="S", color="green"))
layers = [{"a": 1}, {"b": 2}, {"a": 3, "c": 4}]
acc = {}
for layer in layers:
    acc = {**acc, **layer}
    print(acc)
