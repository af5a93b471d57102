# Reading what is not there through pathlib: the same OSErrors as open().
from pathlib import Path

for make in (lambda: Path("data/missing.txt").read_text(), lambda: list(Path("data/missing").iterdir()),
             lambda: list(Path("data/poem.txt").iterdir()), lambda: Path("data").read_text()):
    try:
        make()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
print(Path("data/missing.txt").exists(), Path("data/missing.txt").is_file(), Path("data/poem.txt").is_file())
