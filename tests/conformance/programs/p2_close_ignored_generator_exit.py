# yielding after GeneratorExit makes close() raise RuntimeError
def stubborn():
    while True:
        try:
            command = yield "alive"
            if command == "stop":
                return "stopped on request"
        except GeneratorExit:
            print("  refusing to close")

g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
# it is still suspended at the yield and can be resumed
print(next(g))
print(next(g))
try:
    g.send("stop")
except StopIteration as e:
    print("finished:", e.value)

# yielding once more inside the handler, then exiting properly the second time
def yields_in_handler():
    try:
        yield 1
    except GeneratorExit:
        print("  handler yields")
        yield 2
        print("  never printed")
    finally:
        print("  finally")

h = yields_in_handler()
next(h)
try:
    h.close()
except RuntimeError as e:
    print("first close:", e)
print("second close:", h.close())
print("next after close:", next(h, "exhausted"))

# swallowing GeneratorExit without yielding is fine
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("  swallowed, returning quietly")

s = swallow()
next(s)
print("close ->", s.close())
