# Arbitrary attributes on functions: a generator function that carries its own
# configuration, and the errors of missing attributes.
def ticker(prefix):
    for i in range(ticker.count):
        yield f"{prefix}{i}{ticker.suffix}"


ticker.count = 3
ticker.suffix = "!"
print(list(ticker("t")))
ticker.count += 2
print(list(ticker("u")))
print(sorted(ticker.__dict__), ticker.__dict__["count"])
vars(ticker)["suffix"] = "?"
print(list(ticker("v"))[-1])
del ticker.suffix
try:
    list(ticker("w"))
except AttributeError as e:
    print(type(e).__name__, e)
ticker.__dict__ = {"count": 1, "suffix": "."}
print(list(ticker("x")))
try:
    ticker.__dict__ = []
except TypeError as e:
    print(type(e).__name__, e)
lam = lambda: None
lam.note = "lambdas too"
print(lam.note, lam.__name__)
try:
    (1).note = 2
except AttributeError as e:
    print(type(e).__name__, e)
