# A namespace class of static generator stages and a class method that composes them,
# as textbook code groups pipeline steps.
class Text:
    @staticmethod
    def lines(text):
        yield from text.splitlines()

    @staticmethod
    def words(lines):
        for line in lines:
            yield from line.split()

    @staticmethod
    def longer_than(n):
        def stage(words):
            return (w for w in words if len(w) > n)
        return stage

    @classmethod
    def pipeline(cls, text, *stages):
        data = cls.lines(text)
        for stage in (cls.words,) + stages:
            data = stage(data)
        return data


poem = "generators yield values\nlazily one at a time\nuntil they return"
print(list(Text.pipeline(poem)))
print(list(Text.pipeline(poem, Text.longer_than(5))))
print(sorted(Text.pipeline(poem, Text.longer_than(4), sorted))[:3])
print(type(Text.pipeline(poem)).__name__)
try:
    Text.pipeline(poem, 42)
except TypeError as e:
    print(type(e).__name__, e)
