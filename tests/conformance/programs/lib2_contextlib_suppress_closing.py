# suppress, closing and nullcontext around generators.
from contextlib import closing, nullcontext, suppress


def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("numbers closed")


with closing(numbers()) as gen:
    for n in gen:
        if n == 2:
            break
        print(n)
print("after closing")
with suppress(ZeroDivisionError, KeyError):
    print(1 / 0)
print("suppressed division")
with suppress(StopIteration):
    next(iter([]))
try:
    with suppress(KeyError):
        [][0]
except IndexError as e:
    print(type(e).__name__, e)


def process(data, lock=None):
    with lock if lock is not None else nullcontext() as held:
        print("held", held, "data", data)


process([1, 2])
process([3], nullcontext("a lock"))
with nullcontext(42) as answer:
    print(answer)
for make in (lambda: closing(), lambda: nullcontext(1, 2), lambda: suppress(exc=KeyError)):
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)
