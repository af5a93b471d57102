# receiver coroutines need priming with next() before send()
def receiver(name):
    print("  [" + name + "] ready")
    while True:
        item = yield
        print("  [" + name + "] received", repr(item))

r = receiver("r1")
print("created; nothing printed yet")
next(r)
r.send("alpha")
r.send(2)
r.send(None)
r.close()

# a helper that creates and primes a coroutine
def primed(gen):
    next(gen)
    return gen

r2 = primed(receiver("r2"))
for word in "one two three".split():
    r2.send(word)
print("bare yield produced:", r2.send("last"))

# forgetting to prime
r3 = receiver("r3")
try:
    r3.send("too early")
except TypeError as e:
    print("forgot to prime:", e)
next(r3)
r3.send("now fine")
