# A typed generator pipeline: every stage is annotated with collections.abc types and
# the annotations are printed, as a course shows how to document generators.
from collections.abc import Iterable, Iterator


def read(text: str) -> Iterator[str]:
    yield from text.split(",")


def parse(items: Iterable[str]) -> Iterator[int]:
    for item in items:
        try:
            yield int(item)
        except ValueError:
            print("skipping", repr(item))


def running(values: Iterable[int], start: int = 0) -> Iterator[int]:
    total: int = start
    for v in values:
        total += v
        yield total


print(list(running(parse(read("1,2,x,4,,10")))))
for stage in (read, parse, running):
    print(stage.__name__, stage.__annotations__)
print(running.__annotations__["return"].__args__, running.__defaults__)
