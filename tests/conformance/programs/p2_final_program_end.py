# generators still suspended at program end are closed during shutdown
def task(name):
    try:
        print("  ", name, "step 1")
        yield 1
        print("  ", name, "step 2")
        yield 2
    finally:
        print("  ", name, "cleanup, counter =", counter)

counter = 0
first = task("first")
second = task("second")
third = task("third")
next(first)
next(third)
next(second)
counter = 1
print("not started:", task("unstarted") is not None)
done = task("done")
for _ in done:
    pass
counter = 2
print("end of program text")
