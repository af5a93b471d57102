# Recipes built on accumulate, pairwise, starmap and product: running totals,
# tabulate, ncycles, dotproduct, flatten, repeatfunc, triplewise, before_and_after.
from itertools import accumulate, chain, count, islice, pairwise, product, repeat, starmap, takewhile
import operator


def take(n, iterable):
    return list(islice(iterable, n))


def tabulate(function, start=0):
    return map(function, count(start))


def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))


def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def repeatfunc(func, times=None, *args):
    if times is None:
        return starmap(func, repeat(args))
    return starmap(func, repeat(args, times))


def triplewise(iterable):
    for (a, _), (b, c) in pairwise(pairwise(iterable)):
        yield a, b, c


def before_and_after(predicate, it):
    it = iter(it)
    transition = []

    def true_iterator():
        for elem in it:
            if predicate(elem):
                yield elem
            else:
                transition.append(elem)
                return

    def remainder_iterator():
        yield from transition
        yield from it

    return true_iterator(), remainder_iterator()


print(take(5, tabulate(lambda x: x * x)))
print(list(ncycles("ab", 3)))
print(dotproduct([1, 2, 3], [4, 5, 6]))
print(list(flatten([[1, 2], [3], []])))
print(list(repeatfunc(operator.add, 3, 2, 5)))
print(list(triplewise("ABCDEFG")))
upper, rest = before_and_after(str.isupper, "ABCdEfGhI")
print("".join(upper), "".join(rest))
print(list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)))
print(list(accumulate([1, 2, 3, 4], operator.mul, initial=10)))
print(list(accumulate([], initial=5)))
print(list(product(*[[1, 2]] * 2)))
print(list(takewhile(lambda x: x < 40, accumulate(count(1)))))
