# finalization of a generator suspended inside a with block runs __exit__
class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("  exit", self.name, exc_type.__name__ if exc_type else None)
        return False

def reader(name):
    with Managed(name) as m:
        for i in range(3):
            yield m.name + str(i)

r = reader("file")
print(next(r))
print(next(r))
del r
print("after del")

def take(gen, n):
    out = []
    for v in gen:
        out.append(v)
        if len(out) == n:
            break
    return out

print(take(reader("stream"), 1))
print("after take")
print(list(reader("full")))
