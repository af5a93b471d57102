# tutorial: the sales-CSV pipeline, one generator per stage
file_name = "data/sales.csv"
lines = (line for line in open(file_name))
list_line = (s.rstrip().split(",") for s in lines)
cols = next(list_line)
company_dicts = (dict(zip(cols, data)) for data in list_line)
export_amounts = (
    float(company_dict["amount"])
    for company_dict in company_dicts
    if company_dict["region"] == "export"
)
total_export = sum(export_amounts)
print("columns:", cols)
print(f"Total export sales: ${total_export:.2f}")

# per-product report using the same stages, wrapped in functions
def rows(path):
    with open(path) as f:
        header = next(f).rstrip().split(",")
        for line in f:
            yield dict(zip(header, line.rstrip().split(",")))

def region(rows_, name):
    return (r for r in rows_ if r["region"] == name)

def amounts_by(rows_, key):
    totals = {}
    for r in rows_:
        totals[r[key]] = totals.get(r[key], 0.0) + float(r["amount"])
    return totals

for reg in ["domestic", "export"]:
    report = amounts_by(region(rows(file_name), reg), "product")
    print(reg, {k: round(v, 2) for k, v in sorted(report.items())})
dates = [r["date"] for r in rows(file_name)]
print("first and last date:", min(dates), max(dates), "days with sales:", len(set(dates)))
