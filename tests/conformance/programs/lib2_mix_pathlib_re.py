# Searching the sample folder: pathlib finds the files, re finds the lines, a
# generator ties them together like grep -n.
import re
from pathlib import Path


def grep(pattern, folder, glob="*"):
    rx = re.compile(pattern)
    for path in sorted(Path(folder).glob(glob)):
        if not path.is_file():
            continue
        with path.open() as f:
            for n, line in enumerate(f, 1):
                if rx.search(line):
                    yield path.name, n, line.rstrip()


for hit in grep(r"\bgenerator\b|database", "data"):
    print(*hit)
print(sum(1 for _ in grep(r"\d{4}-\d\d-\d\d", "data", "*.csv")))
