# tutorial: the echo coroutine, step by step
def echo(value=None):
    print("Execution starts when 'next()' is called for the first time.")
    try:
        while True:
            try:
                value = yield value
            except Exception as e:
                value = e
    finally:
        print("Don't forget to clean up when 'close()' is called.")

generator = echo(1)
print(next(generator))
print(generator.send(2))
print(generator.send("spam"))
exc = generator.throw(TypeError("spam"))
print(type(exc).__name__, exc)
print(generator.send([1, 2]))
generator.close()
print("closed")

# without a starting value the first yield gives None
g2 = echo()
print(next(g2), g2.send("again"))
g2.close()
