# Reading from a generator with := in a while loop: chunks until an empty one, and a
# sentinel from next(gen, None).
def chunks(text, size):
    for i in range(0, len(text), size):
        yield text[i:i + size]
    yield ""


reader = chunks("generators are lazy", 5)
while (chunk := next(reader)):
    print(repr(chunk))
print("last:", repr(chunk))


def readings():
    yield from [12, 15, 11, 19]


gen = readings()
total = 0
while (value := next(gen, None)) is not None:
    total += value
print(total, value)

numbers = iter(range(10))
while (n := next(numbers)) < 4:
    pass
print("stopped at", n, "next is", next(numbers))
try:
    while (x := next(iter([]))):
        pass
except StopIteration:
    print("StopIteration", "x" in dir())
