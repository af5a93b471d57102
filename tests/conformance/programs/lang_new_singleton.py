# __new__ decides which object a class call returns: a singleton, and an interning
# cache for small immutable values.
class Logger:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            print("creating the logger")
            cls._instance = super().__new__(cls)
            cls._instance.lines = []
        return cls._instance

    def __init__(self, prefix):
        self.prefix = prefix

    def log(self, msg):
        self.lines.append(self.prefix + msg)


a = Logger("a:")
a.log("one")
b = Logger("b:")
b.log("two")
print(a is b, a.prefix, a.lines)


class Token:
    _cache = {}

    def __new__(cls, text):
        if text not in cls._cache:
            obj = object.__new__(cls)
            obj.text = text
            cls._cache[text] = obj
        return cls._cache[text]

    def __repr__(self):
        return f"Token({self.text!r})"


def tokens(source):
    for word in source.split():
        yield Token(word)


ts = list(tokens("to be or not to be"))
print(ts, ts[0] is ts[4], len(Token._cache))
print(type(Logger.__dict__["__new__"]).__name__)
