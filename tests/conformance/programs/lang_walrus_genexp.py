# A generator expression with := writes the enclosing function's variable while it
# is consumed, not when it is made.
def watch():
    seen = "nothing yet"
    gen = ((seen := item.upper()) for item in ["a", "b", "c"])
    print("made:", seen)
    print(next(gen), "->", seen)
    rest = list(gen)
    print(rest, "->", seen)
    return seen


print(watch())


def counter():
    count = 0
    squares = (count := count + 1 for _ in range(3))
    before = count
    values = list(squares)
    return before, values, count


print(counter())
