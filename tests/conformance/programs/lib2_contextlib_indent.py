# A context manager that keeps state between entries (an indenting printer) and
# one that redirects a generator's output into a list.
from contextlib import contextmanager


class Printer:
    def __init__(self):
        self.level = 0

    def print(self, text):
        print("    " * self.level + text)


out = Printer()


def indented():
    out.level += 1
    try:
        yield out
    finally:
        out.level -= 1


indented = contextmanager(indented)
out.print("top")
with indented():
    out.print("one")
    with indented() as p:
        p.print("two")
    out.print("one again")
out.print("top again")


def collecting(target):
    items = []
    yield items.append
    target.extend(items)


got = []
with contextmanager(collecting)(got) as emit:
    for square in (n * n for n in range(5)):
        emit(square)
print(got)
