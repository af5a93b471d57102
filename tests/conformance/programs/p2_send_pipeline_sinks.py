# push-style pipeline: source sends into a chain of coroutines
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

def filter_even(target):
    while True:
        item = yield
        if item % 2 == 0:
            target.send(item)

def scale(factor, target):
    while True:
        item = yield
        target.send(item * factor)

def start(coro):
    next(coro)
    return coro

sink = start(printer("out:"))
stage2 = start(scale(10, sink))
stage1 = start(filter_even(stage2))
for n in range(7):
    print("source", n)
    stage1.send(n)

# a broadcast coroutine sends to several targets
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

b = start(broadcast([start(printer("A")), start(printer("B"))]))
b.send("x")
b.send("y")
