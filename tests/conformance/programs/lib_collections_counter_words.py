# Word counts with Counter over a generator pipeline.
from collections import Counter

TEXT = """It was the best of times it was the worst of times
it was the age of wisdom it was the age of foolishness"""


def lines(text):
    for line in text.splitlines():
        yield line


def words(lines):
    for line in lines:
        for w in line.lower().split():
            yield w


def long_words(words, n):
    return (w for w in words if len(w) >= n)


counts = Counter(words(lines(TEXT)))
print(counts.most_common(3))
print(counts["was"], counts["nothing"])
print(Counter(long_words(words(lines(TEXT)), 5)))
print(sum(counts.values()), counts.total(), len(counts))
try:
    counts.most_common("x")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    Counter(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
