# Calling __enter__ and __exit__ by hand on the objects contextlib makes, as a
# with statement would, to see what each returns.
from contextlib import closing, contextmanager, nullcontext, suppress


def gen():
    print("enter")
    try:
        yield "value"
    except ZeroDivisionError:
        print("swallowed")
    print("exit")


cm = contextmanager(gen)()
print(cm.__enter__())
print(cm.__exit__(None, None, None))
cm = contextmanager(gen)()
cm.__enter__()
print(cm.__exit__(ZeroDivisionError, ZeroDivisionError("x"), None))
s = suppress(KeyError)
print(s.__enter__(), s.__exit__(KeyError, KeyError(), None), s.__exit__(None, None, None))
print(s.__exit__(ValueError, ValueError(), None))
n = nullcontext("x")
print(n.__enter__(), n.__exit__(None, None, None))


class Thing:
    def close(self):
        print("closed")


c = closing(Thing())
print(type(c.__enter__()).__name__, c.__exit__(None, None, None))
