# Counting log levels and extracting numbers with a compiled pattern used by several
# generator stages.
import re

LEVEL = re.compile(r"\b(INFO|DEBUG|WARNING|ERROR)\b")
NUMBER = re.compile(r"\d+(?:\.\d+)?")


def lines(path):
    with open(path) as f:
        yield from f


def levels(src):
    for line in src:
        m = LEVEL.search(line)
        yield m.group(1) if m else None


def numbers_after_level(src, wanted):
    for line in src:
        m = LEVEL.search(line)
        if m and m.group(1) == wanted:
            yield NUMBER.findall(line, m.end())


print(sorted(set(levels(lines("data/server.log")))))
print(list(numbers_after_level(lines("data/server.log"), "WARNING")))
