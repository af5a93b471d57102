# __exit__ receives the exception type, value and traceback
class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.seen = (exc_type.__name__ if exc_type else None,
                     str(exc_value) if exc_value is not None else None,
                     tb is not None)
        print("  __exit__ saw", self.seen)
        return False

for action in ["nothing", "value", "key", "zero"]:
    try:
        with Inspect() as ins:
            if action == "value":
                raise ValueError("bad value")
            if action == "key":
                {}["missing"]
            if action == "zero":
                1 // 0
        print(action, "-> no exception")
    except Exception as e:
        print(action, "-> propagated", type(e).__name__, "| exc_value is e:", ins.seen[1] == str(e))

# exceptions raised inside __exit__ replace the original
class Faulty:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError("exit failed while handling " + (t.__name__ if t else "nothing"))

try:
    with Faulty():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", type(e.__context__).__name__)
try:
    with Faulty():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
