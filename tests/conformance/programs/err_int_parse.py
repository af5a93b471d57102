values = ["10", " 42 ", "-7", "+3", "abc", "5"]
total = 0
print("parsing", len(values), "values")
for v in values:
    n = int(v)
    total += n
    print("parsed", repr(v), "->", n, "total", total)
print("never printed", total)
def unused():
    return 0
