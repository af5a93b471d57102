# Exceptions with a mixin: the mixin adds a code to errors of different families, and
# except clauses catch by either base.
class CodedMixin:
    code = 0

    def describe(self):
        return f"[E{self.code}] {self}"


class ParseError(CodedMixin, ValueError):
    code = 100


class ReadError(CodedMixin, OSError):
    code = 200


def records(lines):
    for n, line in enumerate(lines, 1):
        if line == "?":
            raise ParseError(f"line {n}: cannot parse {line!r}")
        if line == "!":
            raise ReadError(f"line {n}: read failed")
        yield line


for data in (["a", "b"], ["a", "?"], ["!", "b"]):
    try:
        print(list(records(data)))
    except CodedMixin as e:
        print(type(e).__name__, e.describe(), isinstance(e, ValueError), isinstance(e, OSError))
print([k.__name__ for k in ParseError.__mro__])
try:
    raise ParseError("direct")
except ValueError as e:
    print("caught as ValueError:", e.args, e.code)
