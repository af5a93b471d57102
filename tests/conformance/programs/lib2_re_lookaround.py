# Lookahead and lookbehind, non-greedy repeats, backreferences and atomic groups.
import re

print(re.findall(r"\w+(?=:)", "host: a, port: b, none"))
print(re.findall(r"(?<=\$)\d+", "cost $15 or $7, not 9"))
print(re.findall(r"\b(?!un)\w+able\b", "unable capable readable unstable"))
print(re.findall(r"<.+?>", "<a><b></b></a>"), re.findall(r"<.+>", "<a><b></b></a>"))
print(re.findall(r"\b(\w+) \1\b", "the the cat sat sat down"))
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' or \"bye\"").group())
print(re.match(r"(?>a+)b", "aaab"), re.match(r"a++b", "aab"), re.findall(r"\d{2,}?", "12345"))
print(re.sub(r"(?<!\d)(\d{3})(?!\d)", r"[\1]", "12 123 1234"))
