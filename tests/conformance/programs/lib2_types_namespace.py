# types.SimpleNamespace as a record built by a generator of parsed rows.
from types import SimpleNamespace


def records(path):
    with open(path) as f:
        header = next(f).strip().split(",")
        for line in f:
            yield SimpleNamespace(**dict(zip(header, line.strip().split(","))))


rows = list(records("data/sales.csv"))
print(rows[0])
print(rows[0].region, rows[0].amount)
print(max(rows, key=lambda r: float(r.amount)).product)
ns = SimpleNamespace(a=1)
ns.b = [2, 3]
ns.a += 10
print(ns, ns == SimpleNamespace(a=11, b=[2, 3]), ns == SimpleNamespace(a=11))
del ns.b
print(ns, vars(ns) if hasattr(ns, "__dict__") else None)
loop = SimpleNamespace()
loop.me = loop
print(loop)
for bad in (lambda: SimpleNamespace(1), lambda: ns.missing):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
