# nullcontext as the optional manager, and generator context managers that yield
# values computed on entry.
from contextlib import contextmanager, nullcontext


def counter_cm(start):
    box = {"n": start}
    yield box
    print("final count", box["n"])


def process(items, cm=None):
    with cm if cm is not None else nullcontext({"n": 0}) as box:
        for _ in items:
            box["n"] += 1
        return box["n"]


print(process("abc"))
print(process("abcd", contextmanager(counter_cm)(10)))
with nullcontext() as nothing:
    print(nothing)
