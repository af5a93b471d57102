# Skipping a header with dropwhile and reading a section with takewhile, over a
# generator of lines.
from itertools import dropwhile, takewhile

text = """# comment
# another
name,score
ada,9
bob,7

trailer
"""


def lines(s):
    for line in s.splitlines():
        print("  line:", repr(line))
        yield line


body = dropwhile(lambda l: l.startswith("#"), lines(text))
header = next(body)
rows = list(takewhile(lambda l: l != "", body))
print(header.split(","), [r.split(",") for r in rows])
print(list(body))
