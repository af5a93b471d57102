# a generator stored on an instance is closed when the instance goes away
# (the generator does not refer back to the instance, so there is no reference cycle)
def produce(name):
    try:
        yield "header"
        yield "line"
    finally:
        print("  generator of", name, "closed")

class Reader:
    def __init__(self, name):
        self.name = name
        self.lines = produce(name)
        next(self.lines)

r = Reader("first")
print("created", r.name)
r.lines = iter([])
print("attribute replaced")

r2 = Reader("second")
print("dropping the instance")
del r2
print("instance dropped")

def use():
    local = Reader("local")
    print("  using", local.name)
    return local.name.upper()

print(use())

# rebinding in a loop
for name in ["loop-a", "loop-b"]:
    current = Reader(name)
print("loop over, current is", current.name)
current = None
print("end")
