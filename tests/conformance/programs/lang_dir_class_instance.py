# dir() of classes and instances: the instance's attributes, its class's and its
# bases', and what every object has.
class Animal:
    kind = "animal"

    def speak(self):
        yield "..."


class Dog(Animal):
    def __init__(self, name):
        self.name = name

    def speak(self):
        yield "woof"


d = Dog("rex")
d.age = 3
own = [n for n in dir(d) if not n.startswith("__")]
print(own)
print([n for n in dir(Dog) if not n.startswith("__")])
print(dir(d) == sorted(dir(d)), "__init__" in dir(Animal), "__dict__" in dir(d))
print(len(dir(object())), len(dir(Animal)))
print([n for n in dir(Dog) if n.startswith("__") and n not in dir(object)])
