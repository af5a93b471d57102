# tutorial: running average coroutine fed from a list and from a generator
def running_average():
    total = 0
    count = 0
    while True:
        value = yield total / count if count else 0
        total += value
        count += 1

avg = running_average()
next(avg)
for temp in [21.0, 23.5, 19.0, 25.5]:
    print("temp", temp, "-> average", avg.send(temp))

def readings():
    for r in [3, 5, 7, 9, 11]:
        yield r

avg2 = running_average()
print("start:", next(avg2))
history = [avg2.send(r) for r in readings()]
print(history)

# the averages rounded for a report
avg3 = running_average()
next(avg3)
for score in [88, 92, 79, 85, 91, 70]:
    current = avg3.send(score)
    bar = "#" * int(current // 10)
    print(str(score).rjust(3), f"{current:6.2f}", bar)
