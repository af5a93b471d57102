# Pipeline stages as cooperative mixins: each process() generator transforms what
# super().process() yields, so the MRO decides the order of the stages.
class Source:
    def __init__(self, items):
        self.items = items

    def process(self):
        yield from self.items


class Strip(Source):
    def process(self):
        for item in super().process():
            yield item.strip()


class Lower(Source):
    def process(self):
        for item in super().process():
            yield item.lower()


class Unique(Source):
    def process(self):
        seen = set()
        for item in super().process():
            if item not in seen:
                seen.add(item)
                yield item


class Clean(Unique, Lower, Strip):
    pass


class Reordered(Lower, Unique, Strip):
    pass


data = [" Apple", "apple ", "BANANA", " banana", "Cherry"]
print(list(Clean(data).process()))
print(list(Reordered(data).process()))
print([k.__name__ for k in Clean.__mro__])
print([k.__name__ for k in Reordered.mro()])
