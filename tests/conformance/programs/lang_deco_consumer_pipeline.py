# A coroutine pipeline in the style of the classic course on coroutines: a source
# pushes values into primed coroutines that filter, broadcast and collect.
def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    start.__name__ = func.__name__
    return start


@coroutine
def only(predicate, target):
    while True:
        item = yield
        if predicate(item):
            target.send(item)


@coroutine
def broadcast(targets):
    while True:
        item = yield
        for target in targets:
            target.send(item)


@coroutine
def collect(into):
    while True:
        into.append((yield))


def source(items, target):
    for item in items:
        target.send(item)
    target.close()


evens, big, everything = [], [], []
sink = broadcast([only(lambda x: x % 2 == 0, collect(evens)),
                  only(lambda x: x > 6, collect(big)),
                  collect(everything)])
source(range(10), sink)
print(evens, big, everything)
print(sink.gi_frame is None, broadcast.__name__)
try:
    sink.send(1)
except StopIteration:
    print("StopIteration after close")
