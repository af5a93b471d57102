# Grouping records from a generator with defaultdict(list).
from collections import defaultdict

LINES = """alice,math,90
bob,art,72
alice,art,85
cara,math,64
bob,math,78"""


def records(text):
    for line in text.splitlines():
        name, subject, score = line.split(",")
        yield name, subject, int(score)


by_subject = defaultdict(list)
for name, subject, score in records(LINES):
    by_subject[subject].append((name, score))
print(by_subject)
for subject in sorted(by_subject):
    print(subject, by_subject[subject])
print(isinstance(by_subject, dict), len(by_subject), "music" in by_subject)
print(by_subject["music"], "music" in by_subject)
print(by_subject.default_factory)
print(type(by_subject).__name__)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
