# A report writer: contextmanager sections around groupby groups of the sales file.
from contextlib import contextmanager
from itertools import groupby


def block(name):
    print(f"<{name}>")
    yield
    print(f"</{name}>")


block = contextmanager(block)


def rows():
    with open("data/sales.csv") as f:
        next(f)
        for line in f:
            date, region, product, amount = line.strip().split(",")
            yield region, product, float(amount)


with block("report"):
    for region, group in groupby(sorted(rows()), key=lambda r: r[0]):
        with block(region):
            for product, items in groupby(group, key=lambda r: r[1]):
                print(f"  {product}: {sum(a for _, _, a in items):.2f}")
