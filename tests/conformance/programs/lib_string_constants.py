# The string module's constants, used to classify characters coming from a generator.
import string


def classify(text):
    for ch in text:
        if ch in string.ascii_uppercase:
            yield ch, "upper"
        elif ch in string.ascii_lowercase:
            yield ch, "lower"
        elif ch in string.digits:
            yield ch, "digit"
        elif ch in string.whitespace:
            yield repr(ch), "space"
        elif ch in string.punctuation:
            yield ch, "punct"
        else:
            yield ch, "other"


print(list(classify("Hi 2 you!\té")))
print(string.ascii_letters, len(string.ascii_letters))
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, len(string.punctuation))
print(repr(string.whitespace), repr(string.printable), len(string.printable))
print(all(c in string.printable for c in string.ascii_letters + string.digits + string.punctuation))
hex_only = (c for c in "deadBEEF cafe 42 xyz" if c in string.hexdigits)
print("".join(hex_only))
print(int("".join(c for c in "0o-755" if c in string.octdigits), 8))
try:
    string.nothing
except AttributeError as e:
    print(type(e).__name__ + ":", e)
