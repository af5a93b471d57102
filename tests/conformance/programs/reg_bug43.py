# Regression: a difference from CPython found by programs written outside this repository.
l = [1, 2]
try:
    l.remove()
except TypeError as e:
    print(e)
try:
    l.append(1, 2)
except TypeError as e:
    print(e)
try:
    (1, 2).count()
except TypeError as e:
    print(e)
