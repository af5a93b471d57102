# A generator's gi_* attributes cannot be assigned or deleted; __name__ and
# __qualname__ take a str only.
def countdown(n):
    while n > 0:
        yield n
        n -= 1


g = countdown(2)
for name in ("gi_running", "gi_frame", "gi_code", "gi_yieldfrom", "gi_suspended",
             "__name__", "__qualname__", "extra"):
    for value in (True, "renamed"):
        try:
            setattr(g, name, value)
            print("set", name, "->", getattr(g, name))
        except (AttributeError, TypeError) as e:
            print("set", name, type(e).__name__, e)
    try:
        delattr(g, name)
    except (AttributeError, TypeError) as e:
        print("del", name, type(e).__name__, e)
print(list(g), g.__name__, g.__qualname__)
g.gi_running = False
