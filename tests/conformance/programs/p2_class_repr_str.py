# __repr__ and __str__
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(" + repr(self.x) + ", " + repr(self.y) + ")"

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return "$" + str(self.cents // 100) + "." + str(self.cents % 100).rjust(2, "0")
    def __repr__(self):
        return "Money(" + str(self.cents) + ")"

class OnlyStr:
    def __str__(self):
        return "only str"

p = Point(1, "two")
print(p)
print(str(p), repr(p))
print([p, Point(0, 0)])
print({"p": p})
print((p,))
m = Money(1234)
print(m, str(m), repr(m))
print([m], f"{m}", f"{m!r}")
print("{} / {!r}".format(m, m))
print(Money(5), Money(100))
o = OnlyStr()
print(o, str(o))
print(repr(o).startswith("<__main__.OnlyStr object at "))

class Temperature:
    def __init__(self, degrees):
        self.degrees = degrees
    def __repr__(self):
        return str(self.degrees) + " degrees"

print(Temperature(21.5), [Temperature(-3)], str(Temperature(0)))
