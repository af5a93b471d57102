# the classic echo coroutine: whatever you send comes back
def echo():
    print("  echo ready")
    value = None
    while True:
        value = yield value
        if value == "quit":
            print("  echo quitting")
            return "bye"

e = echo()
print(repr(next(e)))
for word in ["hello", 42, [1, 2], None, ("t",)]:
    print("sent", repr(word), "got", repr(e.send(word)))
try:
    e.send("quit")
except StopIteration as stop:
    print("returned:", stop.value)
print(next(e, "exhausted"))

# echo with a transformation
def shout():
    reply = None
    while True:
        msg = yield reply
        reply = msg.upper() + "!" if msg else "(silence)"

s = shout()
next(s)
for m in ["hi", "", "generators", None]:
    print(s.send(m))
s.close()
print("closed cleanly")
