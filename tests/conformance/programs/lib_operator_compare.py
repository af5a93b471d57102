# The comparison functions, is_, contains and the sequence helpers.
import operator

pairs = [(1, 2), (2, 2), (3, 2), ("a", "b")]
for a, b in pairs:
    print(a, b, operator.lt(a, b), operator.le(a, b), operator.eq(a, b), operator.ne(a, b),
          operator.gt(a, b), operator.ge(a, b))
print(operator.is_(None, None), operator.is_not([], []), operator.contains([1, 2], 2))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c"), operator.getitem([5, 6], 1))
d = {}
operator.setitem(d, "k", 1)
print(d)
operator.delitem(d, "k")
print(d, operator.concat([1], [2]), operator.index(7))
gen_has = operator.contains((x * 2 for x in range(5)), 6)
print(gen_has)
try:
    operator.lt(1, "a")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    operator.indexOf([1, 2], 5)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    operator.concat(1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    operator.index("7")
except TypeError as e:
    print(type(e).__name__ + ":", e)
