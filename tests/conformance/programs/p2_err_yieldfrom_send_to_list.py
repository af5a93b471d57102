# sending a value through yield from into a plain iterator
def wrap():
    received = yield from ["a", "b", "c"]
    print("  never reached", received)

w = wrap()
print(next(w))
print(w.send(None))
print("sending a real value")
w.send("value")
print("never printed")
