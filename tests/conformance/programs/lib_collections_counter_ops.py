# Counter arithmetic, update/subtract, elements and the repr order.
from collections import Counter

stock = Counter(apples=3, pears=1)
sold = Counter({"apples": 1, "pears": 2, "plums": 1})
print(stock + sold)
print(stock - sold)
print(stock | sold)
print(stock & sold)
stock.update(["apples", "figs", "figs"])
print(stock)
stock.update({"pears": 4})
print(stock)
stock.subtract(pears=10)
print(stock)
print(sorted(stock.elements()))
print(Counter(), Counter("aab") == Counter("aba"), Counter("zzy"))
print(list(Counter("abcab").elements()))
c = Counter("mississippi")
print(c, c.most_common(), c.most_common(0))
print(type(c).__name__, isinstance(c, dict))
try:
    c.update(1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    Counter(a="x").update(a=1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
