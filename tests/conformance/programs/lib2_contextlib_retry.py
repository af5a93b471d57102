# A context manager that records an exception instead of raising it, used by a
# retry loop over a generator of attempts.
from contextlib import contextmanager


class Outcome:
    error = None


def capture(outcome):
    try:
        yield outcome
    except Exception as e:
        outcome.error = e


capture = contextmanager(capture)


def attempts(limit):
    for n in range(1, limit + 1):
        print("attempt", n)
        yield n


for n in attempts(5):
    result = Outcome()
    with capture(result):
        if n < 3:
            raise ConnectionError(f"try {n} failed")
        print("succeeded on", n)
    if result.error is None:
        break
    print("recorded:", type(result.error).__name__, result.error)
