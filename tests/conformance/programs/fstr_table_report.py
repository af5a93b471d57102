data = {"north": 1234.5, "south": 98765.4321, "east": 0.5, "west": 1000000}
print(f"{'region':<8}|{'amount':>12}")
for region in sorted(data):
    amt = data[region]
    print(f"{region:<8}|{amt:>12,.2f}")
grand = sum(data.values())
print(f"{'total':<8}|{grand:>12,.2f}")
share = {k: v / grand for k, v in data.items()}
for k in sorted(share, key=lambda k: share[k], reverse=True):
    print(f"{k:>6}: {share[k]:7.2%}")
print(f"{len(data)} regions, max {max(data.values()):,} min {min(data.values())}")
