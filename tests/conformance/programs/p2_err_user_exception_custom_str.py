# a user exception with __init__ and __str__, derived from another user exception
class ParseError(Exception):
    pass

class BadLine(ParseError):
    def __init__(self, lineno, text):
        super().__init__(lineno, text)
        self.lineno = lineno
        self.text = text
    def __str__(self):
        return "line " + str(self.lineno) + ": cannot parse " + repr(self.text)

def parse(lines):
    for n, line in enumerate(lines, 1):
        if "=" not in line:
            raise BadLine(n, line)
        key, value = line.split("=", 1)
        yield key.strip(), value.strip()

try:
    dict(parse(["a = 1", "oops"]))
except ParseError as e:
    print("caught by base class:", e, "| args:", e.args)
print(dict(parse(["x=1", "y = two"])))
settings = dict(parse(["name = demo", "debug = true", "verbose"]))
print("never printed")
