# groupby over the sample log: consecutive lines of the same level, and minutes
# with their number of lines.
from itertools import groupby


def entries(path):
    with open(path) as f:
        for line in f:
            date, time, level, message = line.rstrip("\n").split(" ", 3)
            yield time, level, message


for level, run in groupby(entries("data/server.log"), key=lambda e: e[1]):
    run = list(run)
    print(f"{level:8}{len(run)}  {run[0][0]}..{run[-1][0]}")
by_minute = groupby(entries("data/server.log"), key=lambda e: e[0][:5])
print([(minute, sum(1 for _ in lines)) for minute, lines in by_minute])
