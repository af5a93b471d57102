# single inheritance, overriding and super()
class Animal:
    kind = "animal"

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound

    def speak(self):
        return self.name + " says " + self.sound

    def describe(self):
        return self.name + " is a " + self.kind

class Dog(Animal):
    kind = "dog"

    def __init__(self, name, tricks):
        super().__init__(name, "woof")
        self.tricks = tricks

    def speak(self):
        base = super().speak()
        return base + "!" * len(self.tricks)

class Puppy(Dog):
    kind = "puppy"

    def speak(self):
        return super().speak().upper()

    def describe(self):
        return "little " + super().describe()

animals = [Animal("Generic"), Dog("Rex", ["sit", "roll"]), Puppy("Bit", ["nap"])]
for a in animals:
    print(a.speak(), "|", a.describe())

p = animals[2]
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(type(p).__name__, type(p) is Puppy, type(p) is Dog)
print(p.tricks, p.sound, p.kind, Animal.kind)

# a subclass without __init__ inherits it
class Cat(Animal):
    def speak(self):
        return "purr from " + self.name

c = Cat("Tom")
print(c.speak(), c.sound, c.describe())
try:
    Dog("NoTricks")
except TypeError as e:
    print("TypeError:", e)
