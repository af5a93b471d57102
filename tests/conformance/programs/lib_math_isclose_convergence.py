# Newton's method as a generator of better and better guesses, stopped when
# math.isclose says two guesses agree.
import math


def newton_sqrt(x, guess=1.0):
    while True:
        yield guess
        guess = (guess + x / guess) / 2


def converge(guesses, rel_tol=1e-12):
    previous = next(guesses)
    for count, guess in enumerate(guesses, 1):
        if math.isclose(previous, guess, rel_tol=rel_tol):
            return count, guess
        previous = guess


for x in [2, 10, 1e6, 0.25]:
    steps, root = converge(newton_sqrt(x))
    print(x, steps, root, math.sqrt(x), math.isclose(root, math.sqrt(x)))
print(converge(newton_sqrt(2), rel_tol=0.01))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.inf, 1e308), math.isclose(math.nan, math.nan), math.isclose(-0.0, 0.0))

for args, kwargs in [((1, 2, 3), {}), ((1,), {}), ((1, 1), {"rel_tol": -1}), ((1, 1), {"abs_tol": -0.5}),
                     ((1, "1"), {}), ((1, 1), {"tol": 1})]:
    try:
        math.isclose(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
