# A decorator factory: @take(n) limits any generator function to its first n values,
# and @scale(k) multiplies them.
import functools


def take(n):
    def decorate(gen_func):
        @functools.wraps(gen_func)
        def limited(*args, **kwargs):
            gen = gen_func(*args, **kwargs)
            for _ in range(n):
                try:
                    yield next(gen)
                except StopIteration:
                    return
            gen.close()
        return limited
    return decorate


def scale(k):
    def decorate(gen_func):
        def scaled(*args):
            for v in gen_func(*args):
                yield v * k
        scaled.__name__ = gen_func.__name__ + "_x" + str(k)
        return scaled
    return decorate


@take(5)
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


@scale(10)
@take(3)
def letters(word):
    yield from word


print(list(naturals()), list(naturals(100)))
print(list(letters("abcdef")), letters.__name__)
try:
    @take
    def broken():
        yield 1
    print(list(broken()))
except TypeError as e:
    print(type(e).__name__, e)
