s = "text"
print(f"{s} {s!r} {s!s}")
q = "quote's"
print(f"{q!r} {q}")
vals = [1, 1.5, "a", None, [1, "b"], ("t",), {"k": 'v'}, True]
for v in vals:
    print(f"str={v!s} repr={v!r}")
print(f"{'its'!r} {s + s!r}")
n = "line\nbreak"
print(f"{n!r}")
print(f"[{s!r:>10}] [{s!r:<10}]")
