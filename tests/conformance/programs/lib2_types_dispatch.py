# A function that accepts a generator function, a generator or any iterable, told
# apart with types, and SimpleNamespace results.
import types


def as_stream(source):
    if isinstance(source, types.FunctionType):
        source = source()
    if isinstance(source, types.GeneratorType):
        return source
    return (x for x in source)


def numbers():
    yield from range(3)


for src in (numbers, numbers(), [7, 8], "ab"):
    s = as_stream(src)
    print(type(s).__name__, list(s))
stats = types.SimpleNamespace(count=0, total=0)
for n in as_stream(range(5)):
    stats.count += 1
    stats.total += n
print(stats, stats.total / stats.count)
