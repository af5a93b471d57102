# The everyday uses of := : keep a computed value from an if test, and parse lines
# with it inside a generator.
def parse(lines):
    for line in lines:
        if (eq := line.find("=")) > 0:
            yield line[:eq].strip(), line[eq + 1:].strip()
        elif (stripped := line.strip()).startswith("#"):
            yield "comment", stripped[1:].strip()


config = ["name = yieldscope", "# a comment", "bad line", "level= 3"]
print(dict(parse(config)))


def first_long(words, size):
    for w in words:
        if (n := len(w)) > size:
            return w, n
    return None, n


print(first_long(["tiny", "enormous", "mid"], 5), first_long(["a"], 3))
values = [3, 9, 27]
print([v for v in values if (half := v // 2) > 2], half)
print((a := 10) + (b := 20), a, b)
f = lambda v: (w := v * 2) + w
print(f(4))
