# class attributes shared between instances, mutable class attribute pitfall
class Registry:
    entries = []
    count = 0

    def __init__(self, name):
        self.name = name
        Registry.count += 1
        self.entries.append(name)

    def own_list(self):
        self.entries = [self.name]
        return self.entries

a = Registry("a")
b = Registry("b")
print(Registry.count, a.count, b.count)
print(Registry.entries, a.entries is b.entries)
print(b.own_list(), Registry.entries, a.entries, b.entries)
c = Registry("c")
print(Registry.entries, b.entries)

# instance __dict__ vs class attributes
print(sorted(vars(a)), sorted(vars(b)))
print("count" in vars(a), hasattr(a, "count"))
a.count = 100
print(a.count, Registry.count, b.count)
del a.count
print(a.count)
try:
    del a.count
except AttributeError as e:
    print("AttributeError:", e)

# functions stored as class attributes become methods
def shout(self):
    return self.name.upper() + "!"
Registry.shout = shout
print(a.shout(), c.shout())
