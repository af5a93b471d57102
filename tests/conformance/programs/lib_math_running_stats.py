# Running statistics over a generator: exact sums with math.fsum, the standard
# deviation with math.sqrt.
import math


def samples():
    value = 0.1
    for i in range(40):
        value = (value * 7.3 + 0.37) % 10
        yield value


def running_mean(stream):
    seen = []
    for x in stream:
        seen.append(x)
        yield math.fsum(seen) / len(seen)


def stats(stream):
    data = list(stream)
    mean = math.fsum(data) / len(data)
    var = math.fsum((x - mean) ** 2 for x in data) / (len(data) - 1)
    return mean, var, math.sqrt(var)


print([round(m, 10) for m in running_mean(samples())][::5])
print(stats(samples()))
print(math.fsum(x for x in samples()), sum(samples()))
print(math.fsum([]), math.fsum(range(10)), math.fsum([True, 2, 0.5]))

try:
    stats(iter([1.0]))
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
try:
    math.fsum(x for x in [1, "2"])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    math.sqrt(-stats(samples())[1])
except ValueError as e:
    print(type(e).__name__ + ":", e)
