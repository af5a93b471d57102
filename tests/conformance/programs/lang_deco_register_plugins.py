# Stages of a text pipeline registered by a decorator with a name argument; the
# pipeline is put together from a list of names read from a "config".
STAGES = {}


def stage(name=None):
    def decorate(func):
        STAGES[name or func.__name__] = func
        return func
    return decorate


@stage()
def strip(lines):
    for line in lines:
        yield line.strip()


@stage("nonblank")
def drop_blank(lines):
    for line in lines:
        if line:
            yield line


@stage()
def upper(lines):
    for line in lines:
        yield line.upper()


@stage("number")
def number(lines):
    for i, line in enumerate(lines, 1):
        yield f"{i:02d} {line}"


def build(config, source):
    for name in config.split("|"):
        source = STAGES[name.strip()](source)
    return source


text = ["  alpha ", "", " beta", "   ", "gamma  "]
for line in build("strip | nonblank | upper | number", text):
    print(line)
print(sorted(STAGES))
try:
    build("strip | reverse", text)
except KeyError as e:
    print("unknown stage", e)
