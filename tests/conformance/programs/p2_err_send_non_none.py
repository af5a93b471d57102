# forgetting to prime a coroutine before sending a value
def averager():
    total = count = 0
    while True:
        x = yield (total / count if count else None)
        total += x
        count += 1

ok = averager()
next(ok)
print(ok.send(10), ok.send(20))
fresh = averager()
print("sending without priming")
fresh.send(10)
print("never printed")
