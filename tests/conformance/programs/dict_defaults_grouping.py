sales = [("north", 10), ("south", 5), ("north", 7), ("east", 1), ("south", 3), ("north", 1)]
totals = {}
counts = {}
for region, amt in sales:
    totals[region] = totals.get(region, 0) + amt
    counts[region] = counts.get(region, 0) + 1
print(totals, counts)
for region in sorted(totals):
    print(f"{region}: total={totals[region]} avg={totals[region] / counts[region]:.2f}")
best = max(totals, key=totals.get)
print("best", best)
lists = {}
for region, amt in sales:
    lists.setdefault(region, []).append(amt)
print(lists)
print({r: sorted(v) for r, v in lists.items()})
print(sorted(totals.items(), key=lambda kv: kv[1], reverse=True))
