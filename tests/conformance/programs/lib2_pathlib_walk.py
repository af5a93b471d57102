# pathlib for reading: walking the sample data folder with generators, globbing,
# and reading files through Path objects.
from pathlib import Path

data = Path("data")
print(data, repr(data), data.is_dir(), data.exists(), (data / "nope").exists())
for p in sorted(data.iterdir()):
    kind = "dir " if p.is_dir() else "file"
    print(kind, p.name, p.suffix or "-", p.stem)


def text_files(folder):
    for p in sorted(folder.rglob("*.txt")):
        yield p, len(p.read_text().splitlines())


for path, lines in text_files(data):
    print(path, lines)
print(sorted(p.name for p in data.glob("*.csv")), sorted(str(p) for p in data.glob("*/*")))
with (data / "poem.txt").open() as f:
    print(next(f).rstrip())
