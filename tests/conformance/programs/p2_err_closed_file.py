# reading from a file after its with block ended
def first_lines(path, n):
    with open(path) as f:
        for i in range(n):
            yield f.readline().rstrip("\n")
    print("  file closed inside the generator")

print(list(first_lines("data/poem.txt", 2)))
with open("data/server.log") as log:
    header = log.readline().split()[:2]
print(header)
print(log.readline())
print("never printed")
