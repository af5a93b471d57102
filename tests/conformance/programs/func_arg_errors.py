def f(a, b):
    return a + b
nothing = None
five = 5
text = "abc"
def g(a, b=1):
    return a * b
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: f(1, c=2),
    lambda: f(1, a=2),
    lambda: f(1, "x"),
    lambda: len(5),
    lambda: len(1, 2),
    lambda: abs("x"),
    lambda: nothing(),
    lambda: five(),
    lambda: text(),
]
for t in tests:
    try:
        print("ok", t())
    except TypeError as e:
        print("TypeError:", e)
