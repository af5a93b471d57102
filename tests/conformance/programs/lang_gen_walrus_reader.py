# A line reader over a generator: := reads and tests in one expression while the
# loop counts blocks separated by blank lines.
def source():
    yield from ["alpha", "beta", "", "gamma", "", "", "delta", "epsilon"]


def blocks(lines):
    block = []
    it = iter(lines)
    while (line := next(it, None)) is not None:
        if line:
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


for n, block in enumerate(blocks(source()), 1):
    print(n, block)
sizes = [size for block in blocks(source()) if (size := len(block)) > 1]
print(sizes, size)
