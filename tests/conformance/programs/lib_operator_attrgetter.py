# attrgetter, with dotted names, over objects a generator makes.
from operator import attrgetter


class City:
    def __init__(self, name, size):
        self.name = name
        self.size = size


class Person:
    def __init__(self, name, age, city):
        self.name = name
        self.age = age
        self.city = city


def people():
    yield Person("ann", 31, City("paris", 2))
    yield Person("bob", 25, City("oslo", 1))
    yield Person("cy", 40, City("lima", 9))


print([p.name for p in sorted(people(), key=attrgetter("age"))])
print(list(map(attrgetter("city.name"), people())))
print(list(map(attrgetter("name", "city.size"), people())))
print(attrgetter("city.name"), attrgetter("a", "b"))
try:
    attrgetter("salary")(next(people()))
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    attrgetter(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
