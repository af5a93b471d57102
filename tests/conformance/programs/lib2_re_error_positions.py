# re.error in patterns and templates of several lines: msg, pos, lineno and colno,
# as a verbose pattern built from pieces reports them.
import re

pieces = ["(?P<year>\\d{4})", "-", "(?P<month>\\d\\d", "-", "(?P<day>\\d\\d)"]
for sep in ("", "\n"):
    try:
        re.compile(sep.join(pieces), re.VERBOSE)
    except re.error as e:
        print(e)
        print(e.msg, e.pos, e.lineno, e.colno, e.pattern.count("\n"))
try:
    re.compile(r"(\w+)").sub("first\n\\2", "word")
except re.error as e:
    print(e, "|", repr(e.pattern), e.lineno, e.colno)
