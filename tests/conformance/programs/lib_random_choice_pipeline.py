# A pipeline of generators drawing from sequences with choice: words built from
# letters, sentences from words.
import random
import string


def letters(rng, alphabet):
    while True:
        yield rng.choice(alphabet)


def words(rng, letter_stream):
    while True:
        n = rng.randint(2, 6)
        yield "".join(next(letter_stream) for _ in range(n))


def sentences(rng, word_stream):
    while True:
        n = rng.randrange(3, 7)
        yield " ".join(next(word_stream) for _ in range(n)).capitalize() + rng.choice(".!?")


rng = random.Random(1000)
pipeline = sentences(rng, words(rng, letters(rng, string.ascii_lowercase)))
for _ in range(4):
    print(next(pipeline))

print([rng.choice(range(10, 20)) for _ in range(6)], rng.choice(("solo",)), rng.choice([None, True]))
from collections import deque
print(rng.choice(deque([1, 2, 3])), rng.sample(deque("abcdef"), 3))
