# yield from works with any iterable
def from_list():
    yield from [1, 2, 3]

def from_string():
    yield from "abc"

def from_range():
    yield from range(10, 0, -3)

def from_tuple_and_dict():
    yield from (None, True)
    yield from {"k1": 1, "k2": 2}
    yield from {"a": 1}.items()

def from_generator():
    yield from (x * x for x in range(4))

def from_empty():
    yield "before"
    yield from []
    yield from ""
    yield from range(0)
    yield "after"

print(list(from_list()))
print(list(from_string()))
print(list(from_range()))
print(list(from_tuple_and_dict()))
print(list(from_generator()))
print(list(from_empty()))

def chained(*iterables):
    for it in iterables:
        yield from it

print(list(chained([1], "xy", range(2), (9,))))
print("".join(chained("ab", "cd", "")))

# yield from something not iterable fails when reached
def bad():
    yield "ok"
    yield from 42

b = bad()
print(next(b))
try:
    next(b)
except TypeError as e:
    print("TypeError:", e)
