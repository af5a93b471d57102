# ExitStack: opening a variable number of sample files, callbacks run in reverse,
# an exit that raises replaces the body's exception, one that returns True
# suppresses it, and pop_all hands the exits on.
from contextlib import ExitStack, contextmanager


def named(name):
    print("enter", name)
    yield name
    print("exit", name)


named = contextmanager(named)
with ExitStack() as stack:
    files = [stack.enter_context(open(f"data/{n}")) for n in ("poem.txt", "numbers.txt")]
    print([next(f).strip() for f in files])
    names = [stack.enter_context(named(n)) for n in "ab"]
    stack.callback(print, "callback", 1, sep="-")
print([f.closed for f in files])


def f(*a, **k):
    print("cb", a, k)


s = ExitStack()
print(s.callback(f, 1, x=2) is f)
s.push(lambda *e: print("exit sees", e[0]))
s.close()


def boom(*exc):
    raise ValueError("in exit")


try:
    with ExitStack() as st:
        st.push(boom)
        raise KeyError("body")
except ValueError as e:
    print("got", repr(e), "context", repr(e.__context__))
with ExitStack() as st:
    st.push(lambda *e: True)
    raise KeyError("suppressed")
print("suppressed ok")
with ExitStack() as outer:
    with ExitStack() as inner:
        inner.callback(print, "moved callback")
        kept = inner.pop_all()
    print("inner closed, nothing ran")
    outer.push(kept)
print("done")
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print(type(e).__name__, e)
