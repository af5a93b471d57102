# a hand-written context manager class that drives a generator (like contextlib does)
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(exc)
        except StopIteration:
            return True
        except BaseException as e:
            if e is exc:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")

def managed_resource(name):
    print("  opened", name)
    try:
        yield name + "-handle"
    finally:
        print("  cleaned up", name)

with GeneratorCM(managed_resource("db")) as h:
    print("  using", h)

try:
    with GeneratorCM(managed_resource("file")) as h:
        print("  using", h)
        raise ValueError("oops")
except ValueError as e:
    print("ValueError propagated:", e)

def swallowing(name):
    try:
        yield name
    except KeyError as e:
        print("  swallowed KeyError", e)

with GeneratorCM(swallowing("cache")) as c:
    raise KeyError("k")
print("after swallowing")
