# finditer is lazy: a generator that stops early pulls only what it needs, and a
# grep-like pipeline of generators over the sample files.
import re


def grep(pattern, lines):
    rx = re.compile(pattern)
    for line in lines:
        if rx.search(line):
            yield line


def numbers(text):
    for m in re.finditer(r"-?\d+(?:\.\d+)?", text):
        print("  found at", m.start())
        yield float(m.group())


it = numbers("a 1 b -2.5 c 30 d 4")
print(next(it), next(it))
print(sum(numbers("7 and 8")))
with open("data/sales.csv") as f:
    for line in grep(r",export,(widget|gizmo),", f):
        print(line.rstrip())
with open("data/poem.txt") as f:
    print([len(re.findall(r"\w+", line)) for line in f])
finder = re.finditer("a", "banana")
print(type(finder).__name__, next(finder).start(), [m.start() for m in finder], list(finder))
