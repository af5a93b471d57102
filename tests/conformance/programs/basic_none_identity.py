x = None
print(x)
print(x is None, x is not None, x == None)
print(type(None).__name__)
def nothing():
    pass
r = nothing()
print(r, r is None)
def early(n):
    if n > 0:
        return
    return "non-positive"
print(early(1), early(-1))
print(repr(None), str(None))
vals = [None, 0, "", False]
for v in vals:
    print(repr(v), v is None, v == None, not v)
d = {"a": None}
print(d.get("a"), d.get("b"), d.get("a", "dflt"), d.get("b", "dflt"))
print([None] * 3)
print(None in [1, None], None in [1, 2])
