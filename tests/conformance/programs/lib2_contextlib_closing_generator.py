# closing() around generators and objects with close(): the finally clause runs at
# the end of the with block, not when the loop stops.
from contextlib import closing


def reader(lines):
    print("open")
    try:
        for line in lines:
            yield line.upper()
    finally:
        print("close")


with closing(reader(["a", "b", "c"])) as r:
    for line in r:
        print(line)
        if line == "B":
            break
    print("loop left")
print("with left")


class Connection:
    def __init__(self):
        self.open = True

    def close(self):
        self.open = False
        print("connection closed")


with closing(Connection()) as conn:
    print("open?", conn.open)
print("open?", conn.open)
