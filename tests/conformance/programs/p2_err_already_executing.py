# a generator that calls next() on itself
def fib_buggy():
    a, b = 0, 1
    while True:
        yield a
        if a > 5:
            print("  peeking ahead from inside")
            peek = next(gen)
            print("  never", peek)
        a, b = b, a + b

gen = fib_buggy()
for value in gen:
    print(value)
print("never printed")
