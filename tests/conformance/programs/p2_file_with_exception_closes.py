# an exception inside a with block still closes the file
try:
    with open("data/numbers.txt") as f:
        total = 0
        for line in f:
            total += int(line)
except ValueError as e:
    print("ValueError:", e)
print("file closed:", f.closed, "partial total:", total)

# return from inside with closes it too
def first_word(path):
    with open(path) as f:
        for line in f:
            if line.strip():
                return line.split()[0], f
    return None, None

word, handle = first_word("data/poem.txt")
print(word, handle.closed)

# a generator holding an open file: closed when the generator is closed
def lines_of(path):
    with open(path) as f:
        holder.append(f)
        for line in f:
            yield line.strip()

holder = []
g = lines_of("data/nested/words.txt")
print(next(g), holder[0].closed)
g.close()
print("after close:", holder[0].closed)
g = lines_of("data/nested/words.txt")
print(list(g), holder[1].closed)
