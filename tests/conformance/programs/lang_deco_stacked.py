# Stacked decorators: the expressions are evaluated top to bottom, then applied from
# the bottom (innermost) up.
def tag(name):
    print("evaluating", name)

    def decorate(func):
        print("applying", name, "to", func.__name__)

        def wrapper(*args):
            return f"<{name}>" + func(*args) + f"</{name}>"
        wrapper.__name__ = name + "_" + func.__name__
        return wrapper
    return decorate


@tag("b")
@tag("i")
@tag("u")
def hello(who):
    return "hello " + who


print(hello("world"))
print(hello.__name__)


def twice(gen_func):
    def wrapper(*args):
        yield from gen_func(*args)
        yield from gen_func(*args)
    return wrapper


def numbered(gen_func):
    def wrapper(*args):
        for i, v in enumerate(gen_func(*args), 1):
            yield f"{i}:{v}"
    return wrapper


@numbered
@twice
def abc():
    yield from "abc"


@twice
@numbered
def xy():
    yield from "xy"


print(list(abc()))
print(list(xy()))
