# indirect re-entry through other generators and iterators
def producer():
    yield 1
    yield sum(consumer)
    yield 3

def make_consumer(src):
    for x in src:
        yield x * 10

src = producer()
consumer = make_consumer(src)
print(next(consumer))
try:
    print(next(consumer))
except ValueError as e:
    print("ValueError:", e)
print(next(consumer, "consumer finished"))
print(next(src, "src finished"))

# a zip of a generator with itself is fine: calls happen one after another
def nums():
    for i in range(6):
        yield i

n = nums()
print(list(zip(n, n)))

# a generator whose body iterates over itself with a for loop
def loop_self():
    yield "start"
    for x in me:
        yield x

me = loop_self()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("for over itself:", e)
