# A re-based log pipeline of generators: 60 000 synthetic log lines, parsed with a
# named-group pattern, filtered, their numbers pulled out and summed per level.
import re

LEVELS = ["INFO", "DEBUG", "WARNING", "ERROR"]
PATHS = ["/index.html", "/about", "/search?q=gen", "/api/items/42", "/login"]


def log_lines(n):
    for i in range(n):
        level = LEVELS[i * 7 % 4]
        yield f"2024-03-01 08:{i // 60 % 60:02d}:{i % 60:02d} {level} request GET {PATHS[i % 5]} {200 + i % 5 * 100} {i % 997}ms"


LINE = re.compile(r"(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+) request (?P<method>\w+) (?P<path>\S+) (?P<status>\d{3}) (?P<ms>\d+)ms")


def parse(lines):
    for line in lines:
        m = LINE.match(line)
        if m:
            yield m


def slow(matches, limit):
    for m in matches:
        if int(m.group("ms")) > limit:
            yield m


totals = {}
for m in slow(parse(log_lines(60_000)), 100):
    level = m.group("level")
    totals[level] = totals.get(level, 0) + int(m["ms"])
errors = sum(1 for line in log_lines(60_000) if re.search(r" [45]\d\d ", line))
print(sorted(totals.items()), errors)
