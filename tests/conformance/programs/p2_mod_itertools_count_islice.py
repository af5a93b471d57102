# itertools.count and itertools.islice
import itertools

print(list(itertools.islice(itertools.count(), 5)))
print(list(itertools.islice(itertools.count(10), 3)))
print(list(itertools.islice(itertools.count(1, 3), 4)))
print(list(itertools.islice(itertools.count(5, -2), 4)))
print(list(itertools.islice(itertools.count(0.5, 0.25), 4)))

# islice(iterable, stop), (start, stop), (start, stop, step)
letters = "abcdefghij"
print(list(itertools.islice(letters, 4)))
print(list(itertools.islice(letters, 2, 6)))
print(list(itertools.islice(letters, 1, None, 3)))
print(list(itertools.islice(letters, 0, 100, 4)))
print(list(itertools.islice(letters, None)))
print(list(itertools.islice(letters, 0)))

# islice consumes only what it needs from a generator
def noisy():
    n = 0
    while True:
        print("  producing", n)
        yield n
        n += 1

src = noisy()
print(list(itertools.islice(src, 2)))
print("next from src:", next(src))
print(list(itertools.islice(src, 1, 3)))

# counters pair up with zip
for i, ch in zip(itertools.count(1), "xyz"):
    print(i, ch)
try:
    itertools.islice(letters, -1)
except ValueError as e:
    print("ValueError:", e)
