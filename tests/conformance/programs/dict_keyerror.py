d = {"a": 1}
try:
    print(d["missing"])
except KeyError as e:
    print("str:", str(e))
    print("repr:", repr(e))
    print("type:", type(e).__name__)
try:
    print(d[42])
except KeyError as e:
    print(str(e), repr(e))
try:
    print(d[(1, 2)])
except KeyError as e:
    print(str(e), repr(e))
try:
    print(d[""])
except LookupError as e:
    print("LookupError caught:", repr(e))
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    print(d[None])
except KeyError as e:
    print(str(e), repr(e))
print(isinstance(KeyError("x"), LookupError), isinstance(KeyError("x"), Exception))
