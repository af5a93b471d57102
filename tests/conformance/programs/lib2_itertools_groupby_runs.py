# Run-length encoding with groupby, and decoding back with repeat and chain.
from itertools import chain, groupby, repeat


def encode(text):
    for ch, run in groupby(text):
        yield ch, sum(1 for _ in run)


def decode(pairs):
    return "".join(chain.from_iterable(repeat(ch, n) for ch, n in pairs))


s = "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"
code = list(encode(s))
print(code)
print(decode(code) == s)
print(list(encode("")))
print(max(encode("aabbbbcc"), key=lambda p: p[1]))
print([k for k, g in groupby([1, 1, 2, 3, 3, 3, 1]) ])
print([k for k, g in groupby(sorted([1, 1, 2, 3, 3, 3, 1]))])
