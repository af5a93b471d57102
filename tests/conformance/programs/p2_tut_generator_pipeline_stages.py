# tutorial: a lazy pipeline where each item flows through every stage before the next
def produce(n):
    for i in range(n):
        print("produce", i)
        yield i

def square(items):
    for x in items:
        print("  square", x)
        yield x * x

def keep_even(items):
    for x in items:
        if x % 2 == 0:
            print("    keep", x)
            yield x
        else:
            print("    drop", x)

def take(items, n):
    for i, x in enumerate(items):
        if i == n:
            return
        yield x

result = list(take(keep_even(square(produce(10))), 2))
print("result:", result)

# the same stages written as generator expressions
nums = (i for i in range(10))
sq = (x * x for x in nums)
ev = (x for x in sq if x % 2 == 0)
print(next(ev), next(ev), next(ev))
print("left in nums:", list(nums))
