# classes with __init__, methods, instance and class attributes
class Counter:
    created = 0
    step = 1

    def __init__(self, name, start=0):
        self.name = name
        self.value = start
        Counter.created += 1

    def increment(self):
        self.value += self.step
        return self.value

    def reset(self):
        old = self.value
        self.value = 0
        return old

    def describe(self):
        return self.name + "=" + str(self.value)

a = Counter("a")
b = Counter("b", 10)
print(a.increment(), a.increment(), b.increment())
print(a.describe(), b.describe())
print("created:", Counter.created, a.created, b.created)

# an instance attribute shadows the class attribute
b.step = 5
print(b.increment(), a.increment())
print(Counter.step, a.step, b.step)
Counter.step = 2
print(a.increment(), b.increment())
print(b.reset(), b.describe())

# methods are looked up on the class, bound to the instance
m = a.increment
print(m(), m(), a.value)
print(Counter.increment(a), a.value)
print(type(a).__name__, isinstance(a, Counter), hasattr(a, "name"), hasattr(a, "nope"))
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(a, "missing", "default"))
setattr(a, "extra", 42)
print(a.extra)
