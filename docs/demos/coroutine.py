# A running average as a coroutine: send() it numbers, it yields the average so far.
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def numbers(limit):
    n = 1
    while n <= limit:
        yield n * 10
        n += 1


a = averager()
next(a)
source = numbers(3)
