# Fibonacci numbers past 64 bits: the 20000th, from a generator.
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


for index, value in enumerate(fibonacci()):
    if index == 20_000:
        print(len(str(value)))
        break
