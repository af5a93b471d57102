# Welcome to Yieldscope: three generators, paused and resumed in turns.

def numbers(limit):
    """A source: counts 1, 2, 3, ... up to limit."""
    n = 1
    while n <= limit:
        yield n
        n += 1


def squares(source):
    """A stage of the pipeline: one item in, one item out."""
    for n in source:
        yield n * n


def running_average():
    """A coroutine: send it numbers, it yields the average so far."""
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


pipeline = squares(numbers(5))
averager = running_average()
next(averager)                  # prime it: run to the first yield

for square in pipeline:
    print(f"{square:>3}  average so far: {averager.send(square):.1f}")

averager.close()
