words = ["a", "abc", "abcdef", "abcdefghij"]
for w in words:
    print(f"[{w:>8}] [{w:<5}] [{w:^7}]")
print(f"[{'':>3}] [{'':^3}]")
header = f"{'Name':<10}{'Qty':>5}{'Price':>10}"
print(header)
print("-" * len(header))
rows = [("widget", 3, 2.5), ("gadget", 12, 10.0), ("doohickey", 100, 0.125)]
for name, qty, price in rows:
    print(f"{name:<10}{qty:>5}{price:>10.2f}")
total = 0
for name, qty, price in rows:
    total += qty * price
print(f"{'TOTAL':<15}{total:>10.2f}")
print(f"[{True:>6}] [{None!s:^8}]")
