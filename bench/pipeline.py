# A 4-stage generator pipeline over 2 * 10**6 items.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(items):
    for x in items:
        yield x * x


def evens(items):
    for x in items:
        if x % 2 == 0:
            yield x


def take(items, limit):
    count = 0
    for x in items:
        if count == limit:
            return
        count += 1
        yield x


total = 0
for value in take(evens(squares(numbers(2_000_000))), 10**9):
    total += value
print(total)
