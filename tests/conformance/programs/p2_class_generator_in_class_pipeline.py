# classes wrapping generator pipelines
class Pipeline:
    def __init__(self, source):
        self.source = source
        self.stages = []

    def add(self, stage):
        self.stages.append(stage)
        return self

    def __iter__(self):
        stream = iter(self.source)
        for stage in self.stages:
            stream = stage(stream)
        return stream

def evens(items):
    for x in items:
        if x % 2 == 0:
            yield x

def squared(items):
    for x in items:
        yield x * x

class Limit:
    def __init__(self, n):
        self.n = n
    def __call__(self, items):
        count = 0
        for x in items:
            if count == self.n:
                return
            count += 1
            yield x

p = Pipeline(range(20)).add(evens).add(squared).add(Limit(4))
print(list(p))
print(list(p))
print(sum(Pipeline([1, 2, 3, 4]).add(squared)))
print(list(Pipeline("abc")))
it = iter(p)
print(type(it).__name__, next(it), next(it))
print(callable(Limit(1)), callable(p))
