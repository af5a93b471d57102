# close() on a generator that keeps yielding after GeneratorExit
def stubborn():
    n = 0
    refused = False
    while True:
        try:
            yield n
        except GeneratorExit:
            if refused:
                raise
            refused = True
            print("  stubborn: I refuse to stop (once)")
        n += 1

s = stubborn()
print(next(s), next(s))
print("closing")
s.close()
print("never printed")
