# reading a big file line by line through a generator
def read_lines(path):
    print("  opening", path)
    with open(path) as f:
        for line in f:
            yield line.rstrip("\n")
    print("  closed", path)

def non_blank(lines):
    for line in lines:
        if line.strip():
            yield line

def numbered(lines):
    n = 0
    for line in lines:
        n += 1
        yield str(n) + ": " + line

lines = read_lines("data/poem.txt")
print("generator created, file not opened yet")
for out in numbered(non_blank(lines)):
    print(out)

# stopping early: the file is closed when the generator is closed
reader = read_lines("data/server.log")
print(next(reader)[:30])
print(next(reader)[:30])
reader.close()
print("reader closed early")

# counting lines without holding them in memory
print(sum(1 for _ in read_lines("data/server.log")))
longest = max(read_lines("data/server.log"), key=len)
print(len(longest), longest.split()[2])
