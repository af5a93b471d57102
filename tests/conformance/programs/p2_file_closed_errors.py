# using a file object after close() raises ValueError
f = open("data/poem.txt")
print("closed?", f.closed)
print(f.readline().rstrip())
f.close()
print("closed?", f.closed)
for attempt in ["read", "readline", "readlines", "next", "for"]:
    try:
        if attempt == "read":
            f.read()
        elif attempt == "readline":
            f.readline()
        elif attempt == "readlines":
            f.readlines()
        elif attempt == "next":
            next(f)
        else:
            for line in f:
                pass
    except ValueError as e:
        print(attempt, "-> ValueError:", e)

# closing twice is allowed
f.close()
print("second close is fine")

# a file used after its with block
with open("data/nested/words.txt") as w:
    first = w.readline()
print(repr(first), w.closed)
try:
    w.readline()
except ValueError as e:
    print("after with:", e)
print("name and mode survive:", w.name, w.mode)
