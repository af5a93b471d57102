# What goes wrong with decorators: a decorator that is not callable, one that forgets
# to return, one that raises while the function is being defined.
def forgetful(func):
    def wrapper(*args):
        return func(*args)


@forgetful
def gen():
    yield 1


print(gen)
try:
    gen()
except TypeError as e:
    print(type(e).__name__, e)

try:
    @42
    def nothing():
        pass
except TypeError as e:
    print(type(e).__name__, e)


def strict(func):
    if not func.__name__.startswith("gen_"):
        raise NameError(f"{func.__name__} must start with gen_")
    return func


try:
    @strict
    def numbers():
        yield 1
except NameError as e:
    print(type(e).__name__, e)


@strict
def gen_ok():
    yield "ok"


print(list(gen_ok()))
try:
    numbers
except NameError as e:
    print(type(e).__name__, e)
