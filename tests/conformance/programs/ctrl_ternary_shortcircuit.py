def side(tag, val):
    print("  side", tag)
    return val
print("A:", side("cond", True) and side("then", "T") or side("else", "E"))
print("B:", side("c", False) and side("t", "T") or side("e", "E"))
print("C:", side("yes", 1) if side("test", True) else side("no", 0))
print("D:", side("yes", 1) if side("test", False) else side("no", 0))
x = None
print("E:", x is not None and x > 0)
lst = []
print("F:", len(lst) > 0 and lst[0] == 1)
print("G:", lst and lst[0], "H:", lst or "empty")
d = {"k": 0}
print("I:", d.get("k") or "fallback", d.get("k") is not None)
