lines = [
    "date,region,amount",
    "2024-01-01,north,120.50",
    "2024-01-01,south,80.00",
    "2024-01-02,north,99.99",
    "2024-01-02,east,15.25",
    "bad line without enough fields",
    "2024-01-03,south,200.00",
    "2024-01-03,west,0",
    "2024-01-04,north,30.01",
]
def read_rows(raw):
    for line in raw:
        yield line.strip()
def skip_header(rows):
    first = True
    for row in rows:
        if first:
            first = False
            continue
        yield row
def parse(rows):
    for row in rows:
        fields = row.split(",")
        if len(fields) != 3:
            print("skipping malformed:", repr(row))
            continue
        date, region, amount = fields
        yield {"date": date, "region": region, "amount": float(amount)}
def positive(records):
    for rec in records:
        if rec["amount"] > 0:
            yield rec
totals = {}
counts = {}
for rec in positive(parse(skip_header(read_rows(lines)))):
    totals[rec["region"]] = totals.get(rec["region"], 0) + rec["amount"]
    counts[rec["region"]] = counts.get(rec["region"], 0) + 1
for region in sorted(totals):
    print(f"{region:<6} {counts[region]} sales, total {totals[region]:8.2f}")
print("grand total:", round(sum(totals.values()), 2))
print("best region:", max(totals, key=lambda r: totals[r]))
