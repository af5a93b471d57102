# product: a grid of coordinates, truth tables and the repeat keyword.
from itertools import product

print(list(product("ab", range(2))))
print(list(product([0, 1], repeat=3)))
print(list(product()), list(product(repeat=0)), list(product([1], [])))


def truth_table(f, n):
    for bits in product((False, True), repeat=n):
        yield bits, f(*bits)


for row in truth_table(lambda a, b: a and not b, 2):
    print(row)
grid = ((x, y) for x, y in product(range(3), repeat=2) if x != y)
print(list(grid))
print(sum(1 for _ in product("abcd", "xyz", [1, 2])))
for kw in ({"repeat": -1}, {"rep": 2}, {"repeat": "2"}):
    try:
        product("ab", **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    product(5)
except TypeError as e:
    print(type(e).__name__, e)
