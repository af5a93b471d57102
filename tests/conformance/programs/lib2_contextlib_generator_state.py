# What the generator behind a contextmanager goes through: its states seen with
# inspect, and the cleanup order of nested managers.
import inspect
from contextlib import contextmanager

created = []


def resource(name):
    print("acquire", name)
    try:
        yield name
    finally:
        print("release", name)


resource = contextmanager(resource)
cm = resource("db")
print(type(cm).__name__)
with cm as r1, resource("cache") as r2:
    print("using", r1, r2)
print("done")


def watched():
    yield 1


cm2 = contextmanager(watched)()
with cm2 as v:
    print("value", v)
print("after with")
