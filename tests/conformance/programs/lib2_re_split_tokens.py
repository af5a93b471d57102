# re.split with capturing groups to keep operators, and a generator that turns
# the pieces into numbers and operators.
import re


def tokens(expr):
    for piece in re.split(r"\s*([-+*/()])\s*", expr):
        if piece:
            yield int(piece) if piece.isdigit() else piece


print(list(tokens("12 + 3*(4 - 1)")))
print(re.split(r"(?<=[.!?]) +", "One. Two! Three? Four"))
print(re.split(r"\s*,\s*", "a , b,c ,  d"), re.split(",", "a,,b"), re.split(r"(\W)", "a-b c"))
