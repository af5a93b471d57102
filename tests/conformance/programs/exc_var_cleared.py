e = "before"
try:
    raise ValueError("inside")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return type(saved).__name__, str(saved)
print(f())
x = 0
try:
    x = 1
    raise KeyError("k")
    x = 2
except KeyError:
    pass
print("x =", x)
