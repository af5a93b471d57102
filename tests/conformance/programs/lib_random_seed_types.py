# What a seed may be: ints of any size and sign, str (hashed with SHA-512), float and
# bool; the old version 1 of str seeds; and what it may not be.
import random

for seed in ["", "a", "hello", "héllo wörld", "✓ generators", "x" * 200, 3.5, -1.5, 0.0, True, False]:
    random.seed(seed)
    print(repr(seed)[:20], random.random(), random.randrange(1000))
for seed in [0, -1, 1, 2**31, 2**63 - 1, -(2**63), 2**1000]:
    print(seed % 1000, random.Random(seed).random())
print(random.Random(5).random() == random.Random(-5).random())
random.seed("abc", version=1)
print(random.random())
random.seed(42, version=1)
print(random.random())

# Unseeded generators are random: only their properties can be printed.
a = random.Random()
random.seed()
print(0 <= a.random() < 1, 0 <= random.random() < 1, random.seed(None))

for bad in [[1], (1, 2), {"a": 1}]:
    try:
        random.seed(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    random.seed(1, 2, 3)
except TypeError as e:
    print(type(e).__name__ + ":", e)
