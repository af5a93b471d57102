# __enter__/__exit__ with statements
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("  enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            print("  exit", self.name, "cleanly")
        else:
            print("  exit", self.name, "with", exc_type.__name__ + ":", exc_value)
            print("  traceback present:", traceback is not None)
        return self.suppress

with Tracker("one") as value:
    print("  body got", value)
print("after one")

try:
    with Tracker("two"):
        raise ValueError("bad thing")
except ValueError as e:
    print("propagated:", e)

with Tracker("three", suppress=True):
    raise KeyError("hidden")
print("after three: exception was suppressed")

# nested managers exit in reverse order
with Tracker("outer") as o, Tracker("inner") as i:
    print("  body", o, i)

# the body's return still runs __exit__
def f():
    with Tracker("in function"):
        return "returned value"
print(f())

# __exit__ returning a truthy non-bool value also suppresses
class Truthy(Tracker):
    def __exit__(self, t, v, tb):
        super().__exit__(t, v, tb)
        return "yes"

with Truthy("truthy"):
    1 / 0
print("ZeroDivisionError suppressed")
