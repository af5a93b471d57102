# A tracing decorator for generator functions: it delegates with yield from, so values
# sent and exceptions thrown reach the real generator, and reports what happened.
import functools


def traced(gen_func):
    @functools.wraps(gen_func)
    def wrapper(*args):
        print("start", gen_func.__name__, args)
        result = yield from gen_func(*args)
        print("end", gen_func.__name__, "->", result)
        return result
    return wrapper


@traced
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


acc = accumulate()
print(next(acc))
print(acc.send(5))
print(acc.send(7))
try:
    acc.send(None)
except StopIteration as stop:
    print("StopIteration", stop.value)


@traced
def guarded():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield 2


g = guarded()
print(next(g), g.throw(ValueError("bad")))
g.close()
print(g.gi_frame is None, accumulate.__name__)
