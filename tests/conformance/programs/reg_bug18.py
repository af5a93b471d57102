# Regression: a difference from CPython found by programs written outside this repository.
class Dog:
    def __init__(self):
        self.name = "rex"
d = Dog()
print(d.nme)
