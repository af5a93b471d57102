# A pipeline object: stages are added with a fluent API, the length and the shape are
# properties, and iterating runs the generator stages lazily.
class Pipeline:
    def __init__(self, source):
        self._source = source
        self._stages = []

    def then(self, stage):
        self._stages.append(stage)
        return self

    @property
    def length(self):
        return len(self._stages)

    @property
    def shape(self):
        return " -> ".join(["source"] + [s.__name__ for s in self._stages])

    def __iter__(self):
        data = iter(self._source)
        for stage in self._stages:
            data = stage(data)
        return data


def squared(items):
    for i in items:
        yield i * i


def odd(items):
    return (i for i in items if i % 2)


def tagged(items):
    for i in items:
        yield f"<{i}>"


p = Pipeline(range(8)).then(squared).then(odd).then(tagged)
print(p.length, p.shape)
print(list(p))
print(list(p)[:2])
try:
    p.length = 0
except AttributeError as e:
    print(type(e).__name__, e)
print(list(Pipeline("ab")))
