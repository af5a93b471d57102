# a task generator that retries a step when an error is thrown into it
def task(steps):
    for step in steps:
        attempts = 0
        while True:
            attempts += 1
            try:
                yield (step, attempts)
                break
            except ConnectionError as e:
                print("  step", step, "failed:", e)
                if attempts >= 3:
                    print("  giving up on", step)
                    break
    return "all steps handled"

t = task(["fetch", "parse", "store"])
print(next(t))
print(t.throw(ConnectionError("timeout")))
print(t.throw(ConnectionError("reset")))
print(next(t))
print(t.throw(ConnectionError("a")))
print(t.throw(ConnectionError("b")))
print(t.throw(ConnectionError("c")))
try:
    next(t)
except StopIteration as e:
    print(e.value)
