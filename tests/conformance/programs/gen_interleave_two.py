def letters():
    for ch in "abc":
        print("  letters yields", ch)
        yield ch
def numbers():
    for n in range(1, 4):
        print("  numbers yields", n)
        yield n
for pair in zip(letters(), numbers()):
    print("pair", pair)
print("---")
for pair in zip(numbers(), "xy"):
    print("pair", pair)
print("---")
def alternate(g1, g2):
    while True:
        a = next(g1, None)
        b = next(g2, None)
        if a is None and b is None:
            return
        if a is not None:
            yield a
        if b is not None:
            yield b
print(list(alternate(iter([1, 2, 3]), iter("ab"))))
