# sys.exc_info inside handlers, in a generator, and after the handler ends.
import sys


def show(where):
    t, v, tb = sys.exc_info()
    print(where, t.__name__ if t else None, v, type(tb).__name__)


show("outside")
try:
    int("x")
except ValueError:
    show("handler")
show("after")


def guarded(items):
    for item in items:
        try:
            yield 10 // item
        except ZeroDivisionError:
            show("in generator")
            yield None


print(list(guarded([5, 0, 2])))
try:
    try:
        raise KeyError("inner")
    except KeyError:
        show("inner handler")
        raise IndexError("outer")
except IndexError:
    show("outer handler")
    t, v, tb = sys.exc_info()
    print(repr(v.__context__), tb.tb_lineno > 0)
