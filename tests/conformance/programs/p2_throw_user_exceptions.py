# user-defined exception classes thrown into generators
class Reset(Exception):
    pass

class Skip(Exception):
    def __init__(self, amount):
        super().__init__("skip " + str(amount))
        self.amount = amount

def counter():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except Reset:
            print("  reset")
            n = 0
        except Skip as s:
            print("  ", s)
            n += s.amount

g = counter()
print(next(g), next(g), next(g))
print(g.throw(Reset))
print(next(g))
print(g.throw(Skip(10)))
print(next(g))

class Fatal(Exception):
    pass

try:
    g.throw(Fatal("game over"))
except Fatal as e:
    print("Fatal escaped:", e)
except Exception as e:
    print("unexpected", e)
print(next(g, "gone"))
try:
    g.throw(Reset("after close"))
except Reset as e:
    print("finished generator re-raises:", e)
