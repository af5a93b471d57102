lines = []
for i in range(1, 6):
    lines.append(f"{i:>2} squared is {i * i:>3}, cubed is {i ** 3:>4}")
print("\n".join(lines))
bar = ""
for n in [3, 7, 1, 5]:
    bar = f"{n:>2} " + "#" * n
    print(bar)
name, score = "Zed", 87.456
msg = f"{name}: {score:.1f}" + f" ({'pass' if score >= 50 else 'fail'})"
print(msg)
cells = [f"{c}{r}" for r in range(1, 3) for c in "ab"]
print(cells)
print(f"{len(cells)} cells, first {cells[0]!r}, last {cells[-1]!r}")
