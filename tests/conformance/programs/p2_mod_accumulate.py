# itertools.accumulate with and without a function, with initial=
import itertools

print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([1, 2, 3, 4, 5], lambda a, b: a * b)))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2], min)))
print(list(itertools.accumulate("abc")))
print(list(itertools.accumulate([])))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate([], initial=0)))
print(list(itertools.accumulate([2, 3], lambda a, b: a - b, initial=10)))

# running balance from transactions
transactions = [100, -20, -35, 50, -80]
for t, balance in zip(transactions, itertools.accumulate(transactions)):
    print(str(t).rjust(5), str(balance).rjust(5))

# accumulate over an infinite generator, limited with islice
def ones():
    while True:
        yield 1

print(list(itertools.islice(itertools.accumulate(ones()), 5)))
print(list(itertools.accumulate([0.1] * 4)))
