# iterating over a text file line by line
f = open("data/poem.txt")
count = 0
for line in f:
    count += 1
    print(str(count).rjust(2), repr(line))
f.close()
print("lines:", count)

# with closes the file at the end of the block
with open("data/poem.txt") as poem:
    lengths = [len(line.rstrip("\n")) for line in poem]
print(lengths)
print("closed after with:", poem.closed)

# enumerate, filter blank lines, strip
with open("data/poem.txt") as poem:
    for number, line in enumerate(poem, 1):
        text = line.strip()
        if not text:
            print(number, "(blank)")
        elif text.endswith(","):
            print(number, "ends with a comma:", text.split()[0])

# a file is its own iterator and is one-pass
with open("data/nested/words.txt") as w:
    print(iter(w) is w)
    print(next(w), end="")
    print(list(w))
    print(list(w))
    print(next(w, "at end"))
