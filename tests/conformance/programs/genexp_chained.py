def log(stage, x):
    print(f"  {stage}: {x}")
    return x
nums = range(1, 7)
squares = (log("square", n * n) for n in nums)
evens = (s for s in squares if log("filter", s) % 2 == 0)
labels = (log("label", f"<{e}>") for e in evens)
print("pipeline ready")
for lab in labels:
    print("out", lab)
print("---")
total = sum(log("add", x) for x in (y * 10 for y in range(3)))
print("total", total)
