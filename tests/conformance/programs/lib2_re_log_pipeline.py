# A generator pipeline over the sample server log (after Beazley's "Generator Tricks
# for Systems Programmers"): lines -> regex matches -> dicts -> filters.
import re

LINE = re.compile(r"(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+) (?P<message>.*)")


def read_lines(path):
    with open(path) as f:
        for line in f:
            yield line.rstrip("\n")


def parse(lines):
    for line in lines:
        m = LINE.match(line)
        if m:
            yield m.groupdict()


def only(level, records):
    return (r for r in records if r["level"] == level)


records = parse(read_lines("data/server.log"))
for r in only("ERROR", records):
    print(r["time"], r["message"])

levels = {}
for r in parse(read_lines("data/server.log")):
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(sorted(levels.items()))
print(LINE.match("garbage"), LINE.pattern[:12])
