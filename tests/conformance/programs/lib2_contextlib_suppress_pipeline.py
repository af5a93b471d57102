# suppress in a pipeline that parses numbers: bad values are skipped by a context
# manager inside the generator.
from contextlib import suppress


def parse(values):
    for v in values:
        with suppress(ValueError, TypeError):
            yield int(v)


print(list(parse(["1", "x", "3", None, "4.5", " 7 "])))
with suppress():
    print("no exceptions named: nothing suppressed")
try:
    with suppress():
        raise KeyError("k")
except KeyError as e:
    print(type(e).__name__, e)
with suppress(LookupError):
    {}["missing"]
print("KeyError is a LookupError")
