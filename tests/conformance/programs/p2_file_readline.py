# readline() returns one line at a time, "" at the end of the file
f = open("data/nested/words.txt")
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.readline()))
f.close()

# the classic while-loop reader
with open("data/server.log") as log:
    n = 0
    while True:
        line = log.readline()
        if not line:
            break
        n += 1
        if n <= 3:
            print(n, line.rstrip())
print("total lines:", n)

# readline, then the rest with a for loop
with open("data/sales.csv") as f:
    header = f.readline().rstrip("\n").split(",")
    print("header:", header)
    rows = 0
    for line in f:
        rows += 1
    print("data rows:", rows)

# a last line without a newline
with open("data/no_newline.txt") as f:
    print(repr(f.readline()), repr(f.readline()))

# an empty line in the middle is "\n", not ""
with open("data/numbers.txt") as f:
    seen = []
    line = f.readline()
    while line:
        seen.append(line)
        line = f.readline()
print(seen)
