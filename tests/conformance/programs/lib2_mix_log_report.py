# A report over the sample log using re, groupby, contextlib and a Queue together.
import queue
import re
from contextlib import contextmanager
from itertools import groupby

PAT = re.compile(r"^\S+ (?P<hh>\d\d):(?P<mm>\d\d):\d\d (?P<level>\w+) (?P<msg>.*)$")


def section(title):
    print(f"== {title} ==")
    yield
    print()


section = contextmanager(section)


def parsed(path):
    with open(path) as f:
        for line in f:
            m = PAT.match(line)
            if m:
                yield m.groupdict()


alerts = queue.Queue()
with section("per minute"):
    for minute, recs in groupby(parsed("data/server.log"), key=lambda r: r["hh"] + ":" + r["mm"]):
        recs = list(recs)
        for r in recs:
            if r["level"] in ("ERROR", "WARNING"):
                alerts.put((minute, r["level"], r["msg"]))
        print(minute, len(recs))
with section("alerts"):
    while not alerts.empty():
        print(*alerts.get())
