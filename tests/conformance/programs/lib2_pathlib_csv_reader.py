# Reading the sample CSV through a Path in a generator of dicts, with the path's
# parts used for the report header.
from pathlib import Path


def rows(path):
    with path.open() as f:
        header = f.readline().strip().split(",")
        for line in f:
            yield dict(zip(header, line.strip().split(",")))


path = Path("data") / "sales.csv"
print(f"{path.stem} ({path.suffix[1:]}) in {path.parent}")
total = sum(float(r["amount"]) for r in rows(path))
print(round(total, 2), len(path.read_text().splitlines()) - 1)
