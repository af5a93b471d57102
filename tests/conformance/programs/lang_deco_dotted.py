# Decorators named by a dotted path: a registry object whose method registers the
# stages of a pipeline, and functools.wraps written with its module.
import functools


class Registry:
    def __init__(self):
        self.stages = {}

    def stage(self, name):
        def decorate(func):
            self.stages[name] = func
            return func
        return decorate


pipes = Registry()


@pipes.stage("double")
def double(items):
    for x in items:
        yield 2 * x


@pipes.stage("evens")
def evens(items):
    for x in items:
        if x % 4 == 0:
            yield x


def logged(func):
    @functools.wraps(func)
    def wrapper(items):
        print("running", func.__name__)
        return func(items)
    return wrapper


@pipes.stage("total")
@logged
def total(items):
    yield sum(items)


def run(names, data):
    for name in names:
        data = pipes.stages[name](data)
    return list(data)


print(sorted(pipes.stages))
print(run(["double", "evens"], range(10)))
print(run(["double", "total"], range(5)))
print(pipes.stages["total"].__name__)
try:
    run(["double", "triple"], range(3))
except KeyError as e:
    print(type(e).__name__, e)
