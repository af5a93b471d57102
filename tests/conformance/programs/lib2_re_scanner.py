# A hand-written scanner: match at a position in a loop, as a generator, with
# errors for characters nothing matches.
import re

TOKENS = [(re.compile(r"\s+"), None), (re.compile(r"\d+"), "NUM"), (re.compile(r"[a-z_]\w*"), "NAME"),
          (re.compile(r"[-+*/()=]"), "OP")]


def scan(text):
    pos = 0
    while pos < len(text):
        for rx, kind in TOKENS:
            m = rx.match(text, pos)
            if m:
                if kind:
                    yield kind, m.group(), pos
                pos = m.end()
                break
        else:
            raise SyntaxError(f"bad character {text[pos]!r} at {pos}")


print(list(scan("x = 3 * (y + 42)")))
try:
    for tok in scan("a + $"):
        print(tok)
except SyntaxError as e:
    print(type(e).__name__, e)
