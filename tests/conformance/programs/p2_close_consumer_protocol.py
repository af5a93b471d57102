# close() used by a consumer to tell a coroutine there is no more data
def line_counter():
    lines = 0
    words = 0
    try:
        while True:
            text = yield
            lines += 1
            words += len(text.split())
    finally:
        print("  totals: lines =", lines, "words =", words)

c = line_counter()
next(c)
for line in ["the quick brown fox", "jumps over", "", "the lazy dog"]:
    c.send(line)
c.close()
print("after close")

# close propagates into a coroutine chain by hand
def sink():
    try:
        while True:
            x = yield
            print("  sink got", x)
    finally:
        print("  sink closed")

def relay(target):
    try:
        while True:
            x = yield
            target.send(x * 2)
    finally:
        print("  relay closing target")
        target.close()

s = sink()
next(s)
r = relay(s)
next(r)
r.send(1)
r.send(5)
r.close()
print("chain closed")
