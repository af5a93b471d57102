# tutorial: managed_resource prints "opened" and "cleaned up"
class ContextFromGenerator:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            next(self.gen, None)
            return False
        try:
            self.gen.throw(exc)
        except StopIteration:
            return True
        except BaseException as e:
            return False if e is exc else None
        return False

def managed_resource(name):
    print("opened", name)
    try:
        yield {"name": name, "uses": 0}
    finally:
        print("cleaned up", name)

def managed(name):
    return ContextFromGenerator(managed_resource(name))

with managed("printer") as res:
    res["uses"] += 1
    print("using", res["name"], res["uses"])

try:
    with managed("scanner") as res:
        print("using", res["name"])
        raise RuntimeError("paper jam")
except RuntimeError as e:
    print("error:", e)

# the raw generator: cleanup happens on close or exhaustion
gen = managed_resource("socket")
handle = next(gen)
print("got", handle)
gen.close()
for r in managed_resource("pipe"):
    print("looping with", r["name"])
print("end")
