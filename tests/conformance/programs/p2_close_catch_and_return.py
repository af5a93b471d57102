# catching GeneratorExit and returning, with some cleanup work
def writer(buffer):
    count = 0
    try:
        while True:
            item = yield count
            buffer.append(item)
            count += 1
    except GeneratorExit:
        buffer.append("<flushed " + str(count) + " items>")
        return

buf = []
w = writer(buf)
next(w)
w.send("a")
w.send("b")
w.send("c")
print(buf)
w.close()
print(buf)

# except Exception does NOT catch GeneratorExit
def general():
    try:
        yield 1
    except Exception as e:
        print("  Exception handler (should not run)", e)
    finally:
        print("  finally after GeneratorExit")

g = general()
next(g)
g.close()
print("closed")

# bare except catches it; re-raising is the polite way
def bare():
    try:
        yield 1
    except:
        print("  bare except caught it")
        raise

b = bare()
next(b)
b.close()
print("closed bare")
