# Fibonacci numbers past 64 bits, from a generator: the bit length of the 100000th.
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


for index, value in enumerate(fibonacci()):
    if index == 100_000:
        print(value.bit_length())
        break
