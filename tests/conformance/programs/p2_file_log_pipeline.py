# log lines -> filter by level -> parse -> count
def log_lines(path):
    with open(path) as f:
        for line in f:
            yield line.rstrip("\n")

def parse(lines):
    for line in lines:
        date, time, level, message = line.split(" ", 3)
        yield {"date": date, "time": time, "level": level, "message": message}

def at_levels(records, levels):
    for rec in records:
        if rec["level"] in levels:
            yield rec

errors = list(at_levels(parse(log_lines("data/server.log")), ("ERROR",)))
print(len(errors), "errors")
for rec in errors:
    print(" ", rec["time"], rec["message"])

counts = {}
for rec in parse(log_lines("data/server.log")):
    counts[rec["level"]] = counts.get(rec["level"], 0) + 1
for level in sorted(counts, key=lambda k: (-counts[k], k)):
    print(level.ljust(8), counts[level])

serious = at_levels(parse(log_lines("data/server.log")), ("WARNING", "ERROR"))
first = next(serious)
print("first serious:", first["level"], first["time"])
print("hours seen:", sorted(set(r["time"][:5] for r in serious)))
requests = [r["message"].split()[1:] for r in parse(log_lines("data/server.log"))
            if r["message"].startswith("request")]
print(requests)
