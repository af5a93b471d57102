# re.split: several separators, kept separators, maxsplit, empty matches.
import re

print(re.split(r"[;,]\s*", "apples, pears;plums,  figs"))
print(re.split(r"(\s*[+-]\s*)", "3 + 4 - 5"))
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"(\W+)", "...words, words..."))
print(re.split(r"\b", "a cat"))
print(re.split(r"x*", "axbc"))
print(re.split(r"(a)|(b)", "1a2b3"))
print(re.compile(r"\d").split("a1b2c3d", 2))


def fields(lines, sep=re.compile(r"\s*\|\s*")):
    for line in lines:
        yield sep.split(line.strip())


for row in fields(["a | b|c", " 1|2 | 3 "]):
    print(row)
