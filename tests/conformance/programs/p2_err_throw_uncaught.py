# an exception thrown into a generator that does not handle it ends the program
def worker():
    try:
        while True:
            try:
                yield "working"
            except KeyError as e:
                print("  recovered from KeyError", e)
    finally:
        print("  worker cleanup")

w = worker()
print(next(w))
print(w.throw(KeyError("a")))
print(w.throw(KeyError("b")))
print("now throwing something it does not handle")
w.throw(ValueError("invalid state 42"))
print("never printed")
