def validate(age):
    if not isinstance(age, int):
        raise TypeError("age must be int, got " + type(age).__name__)
    if age < 0:
        raise ValueError("age must be non-negative")
    return age
for a in [5, -1, "x", 3.5]:
    try:
        print("valid", validate(a))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
def wrapper():
    try:
        validate(-5)
    except ValueError:
        print("logging and re-raising")
        raise
try:
    wrapper()
except ValueError as e:
    print("outer got:", e)
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("conversion failed") from e
try:
    convert("zz")
except RuntimeError as e:
    print(type(e).__name__, e)
err = ValueError("stored")
try:
    raise err
except ValueError as e:
    print(e is err, e)
