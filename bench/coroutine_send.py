# A send-driven coroutine: a running average fed 3 * 10**6 values.
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
next(avg)
last = None
for i in range(3_000_000):
    last = avg.send(i)
print(last)
