# Generator methods that extend their parent's generator with yield from super():
# a report with a header, a body and a footer added level by level.
class Report:
    def lines(self, data):
        for item in data:
            yield f"- {item}"


class Titled(Report):
    def __init__(self, title):
        self.title = title

    def lines(self, data):
        yield self.title.upper()
        count = yield from self.body(data)
        yield f"({count} items)"

    def body(self, data):
        n = 0
        for line in super().lines(data):
            n += 1
            yield line
        return n


class Boxed(Titled):
    def lines(self, data):
        inner = list(super().lines(data))
        width = max(len(line) for line in inner)
        yield "+" + "-" * width + "+"
        for line in inner:
            yield "|" + line.ljust(width) + "|"
        yield "+" + "-" * width + "+"


for line in Boxed("fruit").lines(["apple", "fig"]):
    print(line)
print(list(Titled("t").lines([])))
g = Boxed("x").lines([1])
print(next(g))
g.close()
print(g.gi_frame)
