# namedtuple records parsed from lines by a generator.
from collections import namedtuple

Sale = namedtuple("Sale", "region product amount")

DATA = """north,widget,12.5
south,gadget,3
north,gadget,7.25
east,widget,10"""


def parse(text):
    for line in text.splitlines():
        region, product, amount = line.split(",")
        yield Sale(region, product, float(amount))


sales = list(parse(DATA))
for s in sales:
    print(s)
print(sales[0].region, sales[0][2], sales[0]._fields)
north = [s for s in sales if s.region == "north"]
print(sum(s.amount for s in north))
print(max(sales, key=lambda s: s.amount).product)
print(sales[1]._asdict())
region, product, amount = sales[3]
print(region, product, amount)
try:
    Sale("west", "widget")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    Sale("w", "x", 1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    sales[0].price
except AttributeError as e:
    print(type(e).__name__ + ":", e)
