# The RuntimeErrors of a misbehaving generator context manager, printed with their
# context.
from contextlib import contextmanager


def empty():
    return
    yield


def two():
    yield 1
    yield 2


def stubborn():
    while True:
        try:
            yield
        except ValueError:
            pass


for factory, exc in ((empty, None), (two, None), (stubborn, ValueError("v"))):
    try:
        with contextmanager(factory)():
            if exc:
                raise exc
    except RuntimeError as e:
        print(factory.__name__, type(e).__name__, e, repr(e.__context__) if e.__suppress_context__ is False else "(context suppressed)")
