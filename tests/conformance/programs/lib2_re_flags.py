# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline flags, and what
# the pattern reports back.
import re

text = "First line\nsecond Line\nTHIRD LINE"
print(re.findall(r"^\w+", text))
print(re.findall(r"^\w+", text, re.MULTILINE))
print(re.findall(r"line$", text, re.M | re.I))
print(re.search(r"line.second", text, re.I), re.search(r"line.second", text, re.I | re.S))
phone = re.compile(r"""
    (\d{3})   # area code
    [-.\s]?
    (\d{4})   # number
""", re.X)
print(phone.findall("call 555-1234 or 555 9876"))
print(re.findall(r"\w+", "café ñandú"), re.findall(r"\w+", "café ñandú", re.ASCII))
print(re.findall(r"\d", "1٢3"), re.findall(r"\d", "1٢3", re.A))
print(re.match(r"(?i)yes", "YES"), re.match(r"(?s).+", "a\nb"), re.match(r"(?m)b$", "b\nc"))
print(re.compile("x").flags, re.compile("x", re.I).flags, re.compile("(?x) x").flags, re.compile("x", re.A).flags)
print(re.compile("a+", re.I | re.M), re.compile(r"\d"))
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), re.IGNORECASE | re.DOTALL == 18)
for pattern, flags in (("a", re.L), ("a", re.A | re.U), ("x(?i)y", 0)):
    try:
        re.compile(pattern, flags)
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)
