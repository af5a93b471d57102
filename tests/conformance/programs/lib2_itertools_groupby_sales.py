# A groupby report over the sample sales file: rows come from a generator, sorted
# by region, then grouped; totals per group.
from itertools import groupby


def rows(path):
    with open(path) as f:
        header = next(f).strip().split(",")
        for line in f:
            yield dict(zip(header, line.strip().split(",")))


def by_region(row):
    return row["region"]


records = sorted(rows("data/sales.csv"), key=by_region)
for region, group in groupby(records, key=by_region):
    items = list(group)
    total = sum(float(r["amount"]) for r in items)
    print(f"{region:10} {len(items):2} sales {total:8.2f}")

for day, group in groupby(rows("data/sales.csv"), key=lambda r: r["date"]):
    print(day, [r["product"] for r in group])
