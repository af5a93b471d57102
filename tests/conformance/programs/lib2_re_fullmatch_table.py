# A table of inputs against match, search and fullmatch, to see the anchoring of
# each.
import re

rx = re.compile(r"\d+")
for text in ["123", "123abc", "abc123", "abc", ""]:
    print(f"{text!r:9}", [bool(f(text)) for f in (rx.match, rx.search, rx.fullmatch)])
print(rx.fullmatch("x123y", 1, 4), rx.match("x123", 1), rx.search("123", 1, 2))
