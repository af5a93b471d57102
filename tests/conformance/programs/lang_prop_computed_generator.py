# A property that returns a fresh generator each time it is read: a lazy view of the
# data that always starts from the beginning.
class Log:
    def __init__(self, lines):
        self.lines = lines

    @property
    def errors(self):
        return (line for line in self.lines if line.startswith("ERROR"))

    @property
    def numbered(self):
        for i, line in enumerate(self.lines, 1):
            yield i, line


log = Log(["INFO start", "ERROR disk", "INFO retry", "ERROR network"])
print(type(log.errors).__name__)
print(list(log.errors))
print(next(log.errors), next(log.errors))
errs = log.errors
print(next(errs), next(errs))
try:
    next(errs)
except StopIteration:
    print("StopIteration")
log.lines.append("ERROR late")
print(len(list(log.errors)), dict(log.numbered)[5])
