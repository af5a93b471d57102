# readlines() returns a list of lines with their newlines
with open("data/nested/words.txt") as f:
    lines = f.readlines()
print(lines)
print([line.rstrip("\n") for line in lines])
print(len(lines), lines[-1].endswith("\n"))

with open("data/no_newline.txt") as f:
    print(f.readlines())
with open("data/empty.txt") as f:
    print(f.readlines())

# after readlines the file is at its end
f = open("data/poem.txt")
all_lines = f.readlines()
print(len(all_lines), f.readlines(), repr(f.read()))
f.close()

# reading the poem backwards and sorted
for line in reversed(all_lines[:4]):
    print(line, end="")
print(sorted(line.split()[0] for line in all_lines if line.strip()))

# list(f) is the same as f.readlines()
with open("data/server.log") as a, open("data/server.log") as b:
    print(list(a) == b.readlines())
