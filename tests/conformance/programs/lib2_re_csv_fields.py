# Parsing the sample CSV with a regex per line in a generator, and totals by
# product with named groups.
import re

ROW = re.compile(r"(?P<date>\d{4}-\d\d-\d\d),(?P<region>\w+),(?P<product>\w+),(?P<amount>\d+\.\d\d)")


def sales(path):
    with open(path) as f:
        for line in f:
            m = ROW.fullmatch(line.strip())
            if m:
                yield m.group("product"), float(m["amount"])
            else:
                print("skipped:", line.strip())


totals = {}
for product, amount in sales("data/sales.csv"):
    totals[product] = totals.get(product, 0) + amount
print({k: round(v, 2) for k, v in sorted(totals.items())})
