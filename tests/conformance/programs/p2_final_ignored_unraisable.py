# a generator that ignores GeneratorExit while being finalized:
# CPython reports the RuntimeError as "Exception ignored" on stderr and goes on
def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            print("  stubborn: ignoring GeneratorExit")

g = stubborn()
print(next(g))
del g
print("program continues after the ignored error")
total = sum(range(5))
print("total", total)
