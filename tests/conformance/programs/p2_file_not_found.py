# opening a missing file raises FileNotFoundError
try:
    open("missing.txt")
except FileNotFoundError as e:
    print(str(e))
    print(e.errno, e.filename, e.strerror)
    print(type(e).__name__, isinstance(e, OSError))

try:
    f = open("data/missing.csv")
except OSError as e:
    print("OSError handler:", e)

def read_or_default(name, default):
    try:
        with open(name) as f:
            return f.read()
    except FileNotFoundError:
        return default

print(repr(read_or_default("data/nested/words.txt", "")))
print(repr(read_or_default("data/nested/nope.txt", "<none>")))

# checking several files
for name in ["data/poem.txt", "nowhere.txt", "data/empty.txt"]:
    try:
        with open(name) as f:
            print(name, "has", len(f.readlines()), "lines")
    except FileNotFoundError as e:
        print(name, "->", e)

print(issubclass(FileNotFoundError, OSError), issubclass(OSError, Exception))
