# files in a subfolder, name and mode attributes, explicit "r" mode
with open("data/nested/words.txt", "r") as f:
    print(f.name, f.mode)
    words = [w.strip() for w in f]
print(words)

# comparing two files line by line with zip
with open("data/nested/words.txt") as a, open("data/poem.txt") as b:
    for w, line in zip(a, b):
        print(w.strip(), "|", line.split()[0])

# opening the same file twice gives independent positions
f1 = open("data/nested/words.txt")
f2 = open("data/nested/words.txt")
print(f1.readline().strip(), f1.readline().strip(), f2.readline().strip())
f1.close()
print(f2.readline().strip(), f1.closed, f2.closed)
f2.close()

# a generator that yields (filename, line count) for several files
def counts(paths):
    for p in paths:
        with open(p) as f:
            yield p.split("/")[-1], sum(1 for _ in f)

for name, n in counts(["data/poem.txt", "data/empty.txt", "data/no_newline.txt", "data/sales.csv"]):
    print(name, n)
