# A generator of passwords from the string module's alphabets and a seeded random:
# the same seed gives the same passwords as in CPython.
import random
import string


def passwords(rng, length):
    alphabet = string.ascii_letters + string.digits + string.punctuation
    while True:
        chars = [rng.choice(string.ascii_lowercase), rng.choice(string.ascii_uppercase),
                 rng.choice(string.digits), rng.choice(string.punctuation)]
        chars += rng.choices(alphabet, k=length - 4)
        rng.shuffle(chars)
        yield "".join(chars)


gen = passwords(random.Random("classroom"), 12)
for _ in range(5):
    print(next(gen))
pins = ("".join(random.Random(seed).sample(string.digits, 4)) for seed in range(5))
print(list(pins))
try:
    next(passwords(random.Random(1), 2))
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(next(passwords(random.Random(1), 4)))
