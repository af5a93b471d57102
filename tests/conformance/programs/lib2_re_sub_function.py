# re.sub with a function: a template engine that fills {{name}} from a dict and a
# generator of counters, and subn's count.
import re
from itertools import count

values = {"name": "Ada", "lang": "Python"}
template = "Hello {{name}}, welcome to {{lang}}! {{missing}}"


def fill(m):
    return values.get(m.group(1), m.group(0))


print(re.sub(r"\{\{(\w+)\}\}", fill, template))
numbers = count(1)
print(re.sub(r"#", lambda m: str(next(numbers)), "# item, # item, # item"))
print(re.subn(r"\s+", " ", "too   many    spaces  here"))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "3 apples and 12 pears", count=1))
print(re.sub(r"(?P<word>\b\w)", lambda m: m.group("word").upper(), "the quick brown fox"))
try:
    re.sub("a", lambda m: 42, "banana")
except TypeError as e:
    print(type(e).__name__, e)
print(re.sub("a", "", "banana", count=-1))
