# Word frequencies over the sample poem: findall with a lowercase pass, and
# finditer feeding a generator.
import re
from collections import Counter

text = open("data/poem.txt").read()
words = re.findall(r"[a-z']+", text.lower())
print(len(words), Counter(words).most_common(3))


def long_words(s, n):
    for m in re.finditer(r"\b\w{%d,}\b" % n, s):
        yield m.group().lower()


print(sorted(set(long_words(text, 7))))
print(re.sub(r"\s+", " ", text).strip()[:40])
