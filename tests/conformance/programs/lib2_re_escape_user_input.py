# Building patterns from user text safely with re.escape, for a highlighter
# generator.
import re


def highlight(text, terms):
    rx = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)
    pos = 0
    for m in rx.finditer(text):
        yield text[pos:m.start()]
        yield "[" + m.group() + "]"
        pos = m.end()
    yield text[pos:]


print("".join(highlight("Price (USD) is $3.50 + tax", ["(usd)", "$3.50", "+"])))
print(re.escape("a*b?c"), re.escape("tab\there"), re.escape("100%"))
