# with statements inside generators, and generators inside with statements
class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("<" + self.name + ">")
        return self
    def __exit__(self, t, v, tb):
        print("</" + self.name + ">")
        return False

def items():
    with Tag("list"):
        for i in range(3):
            with Tag("item"):
                yield i

for x in items():
    print("  value", x)

print("--- with around a loop over a generator")
with Tag("outer"):
    for x in items():
        if x == 1:
            break
    print("  after break")

print("--- exception thrown into a generator inside with")
g = items()
next(g)
try:
    g.throw(ValueError("stop"))
except ValueError as e:
    print("caught", e)

print("--- send through with")
def echo():
    with Tag("echo"):
        received = yield "ready"
        while received != "end":
            received = yield received.upper()

e = echo()
print(next(e), e.send("abc"), e.send("xy"))
try:
    e.send("end")
except StopIteration:
    print("echo finished")
