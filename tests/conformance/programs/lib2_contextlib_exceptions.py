# What __exit__ does with an exception thrown into the generator: swallowed,
# re-raised, replaced, or the generator misbehaving.
from contextlib import contextmanager


def catching():
    try:
        yield "ready"
    except KeyError as e:
        print("handled", repr(e))


def converting():
    try:
        yield
    except ValueError as e:
        raise TypeError("bad value") from e


def no_yield():
    if False:
        yield


def yields_twice():
    yield 1
    yield 2


def keeps_yielding():
    while True:
        try:
            yield
        except Exception as e:
            print("ignoring", type(e).__name__)


def attempt(label, factory, exc=None):
    try:
        with contextmanager(factory)() as value:
            print(label, "entered with", value)
            if exc is not None:
                raise exc
        print(label, "ended normally")
    except Exception as e:
        print(label, "->", type(e).__name__, e, "| cause:", repr(e.__cause__))


attempt("catching", catching, KeyError("k"))
attempt("catching other", catching, IndexError("i"))
attempt("converting", converting, ValueError("v"))
attempt("no yield", no_yield)
attempt("twice", yields_twice)
attempt("twice raising", yields_twice, ValueError("x"))
attempt("keeps", keeps_yielding, ValueError("y"))
attempt("stop iteration", catching, StopIteration("s"))
