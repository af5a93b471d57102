# parsing numbers from a file, skipping blanks, ints vs floats
def numbers(path):
    with open(path) as f:
        for lineno, line in enumerate(f, 1):
            text = line.strip()
            if not text:
                print("  skipping blank line", lineno)
                continue
            try:
                yield int(text)
            except ValueError:
                yield float(text)

values = list(numbers("data/numbers.txt"))
print(values)
print("count", len(values), "sum", sum(values), "min", min(values), "max", max(values))
print("ints:", [v for v in values if type(v) is int])
print("floats:", [v for v in values if isinstance(v, float)])
print("mean", round(sum(values) / len(values), 3))

def running_max(items):
    best = None
    for x in items:
        if best is None or x > best:
            best = x
        yield best

print(list(running_max(numbers("data/numbers.txt"))))
evens = (v for v in numbers("data/numbers.txt") if v % 2 == 0)
print("first even:", next(evens))
print("rest:", list(evens))
