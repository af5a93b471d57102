# __getattr__ computing attributes on first use: a settings object with defaults,
# where what is set normally never reaches __getattr__.
class Settings:
    defaults = {"chunk": 3, "sep": ", "}

    def __init__(self, **given):
        self.__dict__.update(given)
        self.misses = []

    def __getattr__(self, name):
        if name in self.defaults:
            self.misses.append(name)
            value = self.defaults[name]
            setattr(self, name, value)
            return value
        raise AttributeError(f"no setting {name!r}")


def chunked(items, settings):
    for i in range(0, len(items), settings.chunk):
        yield settings.sep.join(items[i:i + settings.chunk])


s = Settings(sep=" | ")
print(list(chunked(list("abcdefg"), s)))
print(s.misses, s.chunk, s.misses)
try:
    s.colour
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(s, "colour"), getattr(s, "colour", "none"))
