# generator methods that use instance state
class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
        return self

    def low_stock(self, threshold):
        for name, qty in self.items.items():
            if qty < threshold:
                yield name

    def restock(self):
        while True:
            name = yield
            if name is None:
                return
            self.add(name, 10)
            print("  restocked", name, "->", self.items[name])

inv = Inventory().add("apples", 3).add("pears", 12).add("plums", 1)
print(list(inv.low_stock(5)))
# the generator sees changes made while it is suspended
low = inv.low_stock(5)
print(next(low))
inv.items["plums"] = 50
print(list(low))

r = inv.restock()
next(r)
r.send("apples")
r.send("kiwis")
try:
    r.send(None)
except StopIteration:
    print("restock finished")
print(sorted(inv.items.items()))

# changing the dict size while a generator iterates it
g = inv.low_stock(100)
print(next(g))
inv.add("mango", 1)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
