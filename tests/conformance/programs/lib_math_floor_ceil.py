# floor, ceil and trunc give ints, exact for big floats and ints; a class may define
# its own __floor__ and __ceil__.
import math


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)


def buckets(values, width):
    for v in values:
        yield math.floor(v / width) * width


print(list(buckets([0.5, 3.7, 9.99, 10.0, -0.1, -7.5], 5)))
print([math.floor(x) for x in (2.5, -2.5, 0.0, -0.0)], [math.ceil(x) for x in (2.5, -2.5, 2.0)])
print([math.trunc(x) for x in (2.9, -2.9, 7)], math.floor(2**80), math.ceil(10**30 + 1))
print(math.floor(1e20), math.ceil(1.5e300) == int(1.5e300), math.floor(True), type(math.floor(3.0)).__name__)
print(math.floor(Money(1234)), math.ceil(Money(1234)), math.ceil(Money(1200)))

for f, v in [(math.floor, math.inf), (math.ceil, -math.inf), (math.floor, math.nan), (math.trunc, math.nan),
             (math.floor, "1"), (math.trunc, "1"), (math.ceil, [1])]:
    try:
        f(v)
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    math.floor()
except TypeError as e:
    print(type(e).__name__ + ":", e)
