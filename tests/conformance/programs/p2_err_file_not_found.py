# an uncaught FileNotFoundError from a generator that opens a file lazily
def read(path):
    print("  opening", path)
    with open(path) as f:
        for line in f:
            yield line.strip()

print(list(read("data/nested/words.txt")))
lines = read("missing.txt")
print("generator created; the file is opened at the first next()")
for line in lines:
    print(line)
print("never printed")
