# When __new__ returns an object that is not an instance of the class, __init__ is not
# called: a factory class that hands out generators.
class Numbers:
    def __new__(cls, n, squared=False):
        if squared:
            return (i * i for i in range(n))
        return super().__new__(cls)

    def __init__(self, n, squared=False):
        print("init", n)
        self.n = n

    def __iter__(self):
        return iter(range(self.n))


plain = Numbers(3)
sq = Numbers(4, squared=True)
print(type(plain).__name__, list(plain))
print(type(sq).__name__, list(sq))


class Upper(str.__class__ if False else object):
    def __new__(cls, text):
        return text.upper()

    def __init__(self, text):
        print("never")


u = Upper("abc")
print(u, type(u).__name__)


class Child(Numbers):
    def __init__(self, n, squared=False):
        print("child init")
        super().__init__(n)


print(list(Child(2)), type(Child(2, squared=True)).__name__)
