# accumulate with functions: running max, products, and a bank balance with an
# initial value; its laziness over a generator.
from itertools import accumulate
import operator


def deposits():
    for amount in [100, -20, 50, -200, 30]:
        print("  event", amount)
        yield amount


balances = accumulate(deposits(), initial=500)
print(next(balances), next(balances))
print(list(balances))
print(list(accumulate([2, 3, 4], operator.mul)), list(accumulate([5, 1, 7, 3], max)))
print(list(accumulate([1, 2, 3], lambda acc, x: acc * 10 + x)))
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print(type(e).__name__, e)
