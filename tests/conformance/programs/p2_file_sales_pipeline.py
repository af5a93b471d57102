# sales CSV pipeline: read rows -> drop domestic rows -> compute totals -> print
def read_rows(path):
    with open(path) as f:
        header = f.readline().strip().split(",")
        for line in f:
            values = line.strip().split(",")
            yield dict(zip(header, values))

def exports_only(rows):
    for row in rows:
        if row["region"] != "domestic":
            yield row

def with_amounts(rows):
    for row in rows:
        row["amount"] = float(row["amount"])
        yield row

totals = {}
count = 0
for row in with_amounts(exports_only(read_rows("data/sales.csv"))):
    count += 1
    totals[row["product"]] = totals.get(row["product"], 0) + row["amount"]

print("export rows:", count)
for product in sorted(totals):
    print(product.ljust(8), f"{totals[product]:9.2f}")
print("grand total:", f"{sum(totals.values()):.2f}")

# largest single export sale
best = max(with_amounts(exports_only(read_rows("data/sales.csv"))), key=lambda r: r["amount"])
print("best:", best["date"], best["product"], best["amount"])

# domestic vs export in one pass
by_region = {}
for row in with_amounts(read_rows("data/sales.csv")):
    by_region[row["region"]] = round(by_region.get(row["region"], 0) + row["amount"], 2)
print(by_region)
