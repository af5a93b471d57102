# Beazley-style pipeline: gen_grep, gen_extract, gen_convert, then sum, over the
# sample log with compiled patterns.
import re


def gen_open(path):
    with open(path) as f:
        yield from f


def gen_grep(pattern, lines):
    rx = re.compile(pattern)
    return (line for line in lines if rx.search(line))


def gen_extract(pattern, lines):
    rx = re.compile(pattern)
    for line in lines:
        m = rx.search(line)
        if m:
            yield m.group(1)


requests = gen_grep(r"request", gen_open("data/server.log"))
statuses = gen_extract(r"(\d{3})$", requests)
codes = [int(s) for s in statuses]
print(codes, sum(1 for c in codes if c >= 400))
