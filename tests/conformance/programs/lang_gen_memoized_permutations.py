# Memoizing a recursive generator function: the decorator keeps the list of results
# per argument and replays it as a generator.
import functools


def memo_gen(gen_func):
    cache = {}

    @functools.wraps(gen_func)
    def wrapper(*args):
        if args not in cache:
            cache[args] = list(gen_func(*args))
        yield from cache[args]
    wrapper.cache = cache
    return wrapper


@memo_gen
def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i, first in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield first + rest


@memo_gen
def compositions(n):
    """Ordered ways to write n as a sum of 1s and 2s."""
    if n == 0:
        yield ()
        return
    for step in (1, 2):
        if step <= n:
            for rest in compositions(n - step):
                yield (step,) + rest


print(list(permutations("abc")))
print(len(list(permutations("abcde"))), len(permutations.cache))
print(sum(1 for _ in compositions(10)), compositions.__doc__)
print(list(compositions(3)), sorted(k[0] for k in compositions.cache))
