# several managers in one with statement: entered left to right, exited right to left
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress
    def __enter__(self):
        print("  enter", self.name)
        if self.fail_enter:
            raise OSError("cannot enter " + self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("  exit", self.name, t.__name__ if t else "-")
        return self.suppress

with CM("a") as a, CM("b") as b, CM("c") as c:
    print("  body", a, b, c)

print("--- failure entering b: a is exited, c never entered")
try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        print("  body (not reached)")
except OSError as e:
    print("OSError:", e)

print("--- inner manager suppresses, outer sees nothing")
with CM("outer"), CM("inner", suppress=True):
    raise KeyError("x")
print("continued")

print("--- nested with blocks behave the same")
with CM("x"):
    with CM("y"):
        try:
            with CM("z"):
                raise ValueError("v")
        except ValueError:
            print("  handled between z and y")
