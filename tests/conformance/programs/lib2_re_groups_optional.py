# Optional and alternative groups: None for what did not take part, '' in findall,
# and lastindex.
import re

rx = re.compile(r"(\d+)(?:\.(\d+))?(?:e(-?\d+))?")
for text in ["12", "3.14", "6e-3", "1.5e10"]:
    m = rx.fullmatch(text)
    print(text, m.groups(), m.groups("0"), m.lastindex, m.span(2))
print(rx.findall("12 and 3.14 or 2e5"))
alt = re.compile(r"(?P<num>\d+)|(?P<word>[a-z]+)")
print([(m.lastgroup, m.group()) for m in alt.finditer("ab 12 cd 3")])
