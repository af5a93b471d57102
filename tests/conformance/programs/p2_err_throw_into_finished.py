# throw() into a finished generator raises the exception directly at the caller
def short():
    yield "only"

s = short()
print(list(s))
try:
    s.throw(KeyError("first"))
except KeyError as e:
    print("caught", repr(e))
print("now uncaught")
s.throw(TimeoutError("operation timed out"))
print("never printed")
