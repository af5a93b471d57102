# running average coroutine
def averager():
    total = 0
    count = 0
    while True:
        value = yield total / count if count else 0
        total += value
        count += 1

avg = averager()
print("initial:", next(avg))
for x in [10, 20, 30, 5, 7.5]:
    print("sent", x, "average", avg.send(x))

# an averager that returns its summary when sent None
def summarizing_averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return (count, average)

s = summarizing_averager()
print(next(s))
for t in [1, 2, 4]:
    print(round(s.send(t), 4))
try:
    s.send(None)
except StopIteration as e:
    print("summary:", e.value)
