# Match objects: group, groups, groupdict, span, lastindex, indexing, truth.
import re

m = re.match(r"(?P<key>\w+)\s*=\s*(?P<value>\w+)?(;)?", "colour = ;")
print(m)
print(m.group(), m.group(0), m.group(1, 2, 3), m.groups(), m.groups("none"))
print(m.groupdict(), m.groupdict(""))
print(m.span(), m.span("key"), m.start(2), m.end(3), m.lastindex, m.lastgroup)
print(m["key"], m[3], m.re.pattern, m.string, m.pos, m.endpos, m.regs)
print(bool(m), bool(re.match("x", "y")))
print(re.match(r"((a)(b))", "ab").lastindex, re.match(r"(a)(b)?", "a").lastindex, re.match("a", "a").lastindex)
print(type(m).__name__, type(m.re).__name__)
pat = re.compile(r"o")
print(pat.search("hello world", 5), pat.search("hello world", 5, 7), pat.match("hello", 4), pat.fullmatch("foo", 2))
words = "one two three"
print([m.group() for m in re.finditer(r"\w+", words)], [m.span() for m in re.finditer(r"\w+", words)])
print(re.compile(r"(\w)(\w)").groups, re.compile(r"(?P<a>x)(?P<b>y)").groupindex["b"])
