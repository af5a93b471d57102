log = """INFO 10:00 service started
DEBUG 10:01 cache warmed
WARNING 10:02 disk at 85%
ERROR 10:03 connection refused
INFO 10:04 retrying
ERROR 10:05 connection refused
ERROR 10:06 timeout talking to db
INFO 10:07 recovered"""
def lines(text):
    for line in text.split("\n"):
        yield line
def level_filter(rows, wanted):
    for row in rows:
        if row.split(" ")[0] in wanted:
            yield row
def parse(rows):
    for row in rows:
        level, time, message = row.split(" ", 2)
        yield level, time, message
errors = parse(level_filter(lines(log), ("ERROR", "WARNING")))
counts = {}
for level, time, message in errors:
    print(f"[{time}] {level:<7} {message}")
    counts[message] = counts.get(message, 0) + 1
for message, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(n, message)
print("error count:", sum(1 for _ in level_filter(lines(log), ("ERROR",))))
print("levels seen:", sorted(set(r.split(" ")[0] for r in lines(log))))
