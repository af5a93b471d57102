# tutorial: file line readers as generators
def read_large_file(path):
    with open(path) as f:
        for line in f:
            yield line

def strip_lines(lines):
    for line in lines:
        yield line.rstrip("\n")

def grep_lines(pattern, lines):
    for line in lines:
        if pattern in line:
            yield line

lines = strip_lines(read_large_file("data/server.log"))
for line in grep_lines("database", lines):
    print(line)

# counting with a generator expression instead of reading all lines
print(sum(1 for line in read_large_file("data/poem.txt") if "it" in line.split()))

# head and tail helpers
def head(lines, n):
    for i, line in enumerate(lines):
        if i >= n:
            return
        yield line

def tail(lines, n):
    buffer = []
    for line in lines:
        buffer.append(line)
        if len(buffer) > n:
            buffer.pop(0)
    yield from buffer

print(list(head(strip_lines(read_large_file("data/poem.txt")), 2)))
print(list(tail(strip_lines(read_large_file("data/poem.txt")), 2)))
print(list(tail(strip_lines(read_large_file("data/empty.txt")), 2)))
