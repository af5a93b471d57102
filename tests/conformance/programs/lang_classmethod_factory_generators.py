# Class methods that build generators: a family of sequences where each subclass only
# says how the next term is made.
class Sequence:
    first = 1

    @classmethod
    def terms(cls, n):
        value = cls.first
        for _ in range(n):
            yield value
            value = cls.step(value)

    @staticmethod
    def step(value):
        return value + 1

    @classmethod
    def describe(cls):
        return f"{cls.__name__}: {list(cls.terms(6))}"


class Doubling(Sequence):
    @staticmethod
    def step(value):
        return value * 2


class Collatz(Sequence):
    first = 27

    @staticmethod
    def step(value):
        return value // 2 if value % 2 == 0 else 3 * value + 1


for cls in (Sequence, Doubling, Collatz):
    print(cls.describe())
print(list(Doubling().terms(4)))
print(max(Collatz.terms(120)))
print(Sequence.describe.__func__ is Doubling.describe.__func__)
