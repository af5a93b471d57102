# fullmatch for validation, search vs match, and escape for literal text.
import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
for addr in ["ada@example.com", "bad@", "x@y.org trailing", "first.last+tag@mail.co.uk"]:
    print(addr, bool(EMAIL.fullmatch(addr)), bool(EMAIL.match(addr)), bool(EMAIL.search(addr)))
print(re.fullmatch(r"a|ab", "ab"), re.fullmatch(r"\d{3}-\d{4}", "555-1234"))
price = "$3.50 (approx.)"
print(re.escape(price), re.search(re.escape("(approx.)"), price).span())
print(re.findall(re.escape("a.b") + "+", "a.b a.bbb axb"))
print(re.match(r"\s*$", "   "), re.match(r"$", ""), re.search(r"\Z", "ab").span())
print(re.compile("x") is re.compile("x"), re.purge(), re.compile("(?:ab)+").fullmatch("abab").group())
