# re.error: Python's messages and positions for broken patterns, and the other
# errors of the module's functions.
import re

for pattern in ["(", "a)", "[a-", "*a", r"\q", "a**", "(?<n>a)", "(?P<1>a)",
                "(?P<a>x)(?P<a>y)", "(?P=zz)", "a{3,1}", "(?P<a", r"\x4", "(?", "(?z)",
                "ab|*", r"(a)\2", "(?#x", r"[\d-z]", "a+*"]:
    try:
        re.compile(pattern)
        print("compiled", pattern)
    except re.error as e:
        print(f"{pattern!r:16} {e.msg!r} pos={e.pos}")
try:
    re.search(r"(\d+", "x")
except re.error as e:
    print(type(e).__name__, e, e.pattern)
for call in (lambda: re.match(1, "a"), lambda: re.match("a", 1), lambda: re.compile(re.compile("a"), re.I),
             lambda: re.match("(a)", "a").group(2), lambda: re.match("(a)", "a").group("x"),
             lambda: re.match("(a)", "a")[5]):
    try:
        call()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error.__name__)
re.compile("unbalanced)")
