# throw(type, value, tb): the third argument must be a traceback or None.
def worker():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("worker caught", repr(e))


w = worker()
next(w)
for tb in (1, "tb", [], object()):
    try:
        w.throw(ValueError, ValueError("bad"), tb)
    except TypeError as e:
        print(type(e).__name__, e)
print(w.throw(ValueError, "with None", None))
try:
    raise ValueError("real")
except ValueError as e:
    saved = e
print(w.throw(ValueError, saved, saved.__traceback__))
print(w.throw(saved))
w.throw(KeyError, KeyError("k"), 3)
