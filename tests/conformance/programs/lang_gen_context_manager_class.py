# A context manager class that hands out a generator over a resource: __exit__ closes
# the generator, so its finally runs at the end of the with block, and __exit__
# suppresses only the errors it was told to.
class Rows:
    def __init__(self, rows, ignore=()):
        self.rows = rows
        self.ignore = ignore
        self.events = []

    def _read(self):
        self.events.append("open")
        try:
            for row in self.rows:
                yield row
        finally:
            self.events.append("closed")

    def __enter__(self):
        self.reader = self._read()
        return self.reader

    def __exit__(self, exc_type, exc, tb):
        self.reader.close()
        self.events.append(exc_type.__name__ if exc_type else "ok")
        return exc_type is not None and issubclass(exc_type, self.ignore)


r = Rows(["a", "b", "c"])
with r as rows:
    print(next(rows), next(rows))
print(r.events, r.reader.gi_frame)
r = Rows([1, 2, 0, 4], ignore=(ZeroDivisionError,))
with r as rows:
    for x in rows:
        print(12 // x)
print(r.events)
r = Rows(["x"])
try:
    with r as rows:
        raise KeyError(next(rows))
except KeyError as e:
    print("KeyError", e, r.events)
with Rows([]) as rows:
    print(list(rows), rows.gi_running)
