# The integer functions stay exact on big ints: factorials, Pascal's triangle from a
# generator with comb, permutations, gcd and lcm.
import math


def pascal():
    n = 0
    while True:
        yield [math.comb(n, k) for k in range(n + 1)]
        n += 1


rows = pascal()
for _ in range(7):
    print(next(rows))
print(math.factorial(0), math.factorial(20), math.factorial(52))
print(math.comb(100, 50), math.comb(10, 11), math.comb(10**20, 2))
print(math.perm(10, 3), math.perm(5), math.perm(4, 0), math.perm(3, 5))
print(math.gcd(), math.gcd(12), math.gcd(-12, 18), math.gcd(2**100, 6**50, 10**20))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6, 10), math.lcm(4, 0), math.lcm(2**70, 3**5))
print(math.gcd(True, 4), math.factorial(True))


def reduced(fractions):
    for num, den in fractions:
        g = math.gcd(num, den)
        yield num // g, den // g


print(list(reduced([(6, 8), (10, 25), (7, 13), (100, -75)])))

for f, args in [(math.factorial, (-1,)), (math.factorial, (5.0,)), (math.factorial, ("5",)),
                (math.comb, (5, -1)), (math.comb, (-5, 2)), (math.comb, (5,)), (math.comb, (5.0, 2)),
                (math.perm, (-1, 2)), (math.gcd, (1.5, 2)), (math.lcm, (2, "4")), (math.factorial, (10**20,))]:
    try:
        f(*args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
