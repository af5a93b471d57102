# The classic @coroutine decorator: it calls next() once so that the coroutine is
# ready to receive values, then a grep -> printer pipeline built from primed coroutines.
import functools


def coroutine(func):
    @functools.wraps(func)
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    return start


@coroutine
def printer(prefix):
    """Prints every line it receives."""
    try:
        while True:
            line = yield
            print(prefix, line)
    except GeneratorExit:
        print(prefix, "closed")


@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


p = printer(">>")
g = grep("python", p)
for line in ["python generators", "java beans", "python coroutines", "rust"]:
    g.send(line)
print(printer.__name__, printer.__doc__)
print(type(p).__name__, p.gi_running)
p.close()
try:
    g.send("python again")
except StopIteration:
    print("StopIteration: the printer is closed")
except Exception as e:
    print(type(e).__name__, e)
try:
    printer()
except TypeError as e:
    print(type(e).__name__, e)
