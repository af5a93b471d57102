# read() returns the whole file as one string
with open("data/poem.txt") as f:
    text = f.read()
print(type(text).__name__, len(text))
print(text.count("\n"), "newlines")
lines = text.splitlines()
print(len(lines), "lines;", repr(lines[0]), repr(lines[4]))
words = text.split()
print(len(words), "words; longest:", max(words, key=len))
print("'it' appears", text.lower().split().count("it"), "times as a word")

# read() again at end of file returns an empty string
f = open("data/nested/words.txt")
first = f.read()
second = f.read()
f.close()
print(repr(first), repr(second))

# files without a final newline and empty files
with open("data/no_newline.txt") as f:
    print(repr(f.read()))
with open("data/empty.txt") as f:
    content = f.read()
    print(repr(content), len(content), f.readline() == "")

# the whole file and the line-by-line view agree
with open("data/sales.csv") as f:
    whole = f.read()
with open("data/sales.csv") as f:
    joined = "".join(f)
print(whole == joined, len(whole.splitlines()))
