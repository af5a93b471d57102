db = {
    "alice": {"age": 30, "langs": ["py", "c"]},
    "bob": {"age": 25, "langs": ["go"]},
}
print(db["alice"]["langs"][1])
db["bob"]["langs"].append("rust")
db["carol"] = {"age": 35, "langs": []}
for name in sorted(db, key=lambda n: db[n]["age"]):
    info = db[name]
    print(name, info["age"], ",".join(info["langs"]) or "-")
print(sum(p["age"] for p in db.values()))
print({n: len(p["langs"]) for n, p in db.items()})
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
def depth(t):
    if not t:
        return 0
    return 1 + max(depth(v) for v in t.values())
print(depth(tree))
