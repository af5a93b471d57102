# Regression: a difference from CPython found by programs written outside this repository.
class Base:
    def __init__(self):
        self.__v = "base"
    def base_v(self):
        return self.__v
class Child(Base):
    def __init__(self):
        Base.__init__(self)
        self.__v = "child"
    def child_v(self):
        return self.__v
c = Child()
print(c.base_v(), c.child_v())
print(sorted(c.__dict__))
