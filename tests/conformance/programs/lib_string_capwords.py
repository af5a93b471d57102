# string.capwords over a generator of titles, and its errors.
import string


def titles(lines):
    for line in lines:
        line = line.strip()
        if line:
            yield string.capwords(line)


books = ["  the art of   computer programming ", "", "fluent python", "o'reilly's GUIDE to generators"]
print(list(titles(books)))
print(string.capwords("a-b-c", "-"), string.capwords("one,two,,three", ","), repr(string.capwords("")))
print(string.capwords("hello\tworld\nagain"), string.capwords(" x y ", None), string.capwords(sep=None, s="ab cd"))

for args in [(5,), ("a", 5), ("ab", "")]:
    try:
        string.capwords(*args)
    except (AttributeError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for args in [(), ("a", "b", "c")]:
    try:
        string.capwords(*args)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    string.capwords("a", t=1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
