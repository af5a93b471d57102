# A context manager that yields a value and cleans up in finally, even when the
# block raises; the exception still reaches the caller.
from contextlib import contextmanager


def opened(path):
    print("open", path)
    f = open(path)
    try:
        yield f
    finally:
        f.close()
        print("closed", path, f.closed)


opened = contextmanager(opened)
with opened("data/numbers.txt") as f:
    print(sum(int(line) for line in f if line.strip()))
try:
    with opened("data/poem.txt") as f:
        print(next(f).rstrip())
        raise ValueError("stop reading")
except ValueError as e:
    print(type(e).__name__, e)
try:
    with opened("data/missing.txt") as f:
        pass
except FileNotFoundError as e:
    print(type(e).__name__, e.strerror)
