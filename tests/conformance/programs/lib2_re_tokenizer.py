# A tokenizer generator in the style of the re documentation's example: one big
# pattern of named alternatives, lastgroup tells which matched.
import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("ASSIGN", r":="),
    ("END", r";"),
    ("ID", r"[A-Za-z]+"),
    ("OP", r"[+\-*/]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
TOK_REGEX = "|".join(f"(?P<{name}>{pat})" for name, pat in TOKEN_SPEC)


def tokenize(code):
    line_num = 1
    line_start = 0
    for mo in re.finditer(TOK_REGEX, code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "NEWLINE":
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected on line {line_num}")
        yield kind, value, line_num, column


program = """total := price * qty;
  tax := total * 0.2;
"""
for tok in tokenize(program):
    print(tok)
try:
    list(tokenize("a := 1 $ 2"))
except RuntimeError as e:
    print(type(e).__name__, e)
