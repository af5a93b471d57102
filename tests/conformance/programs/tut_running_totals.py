def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total
deposits = [100, -30, 250, -75, 10]
for balance in running_total(deposits):
    print("balance:", balance)
print(list(running_total(range(1, 11))))
def running_max(values):
    best = None
    for v in values:
        if best is None or v > best:
            best = v
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
def running_average(values):
    total = 0
    for i, v in enumerate(values, 1):
        total += v
        yield round(total / i, 2)
print(list(running_average([10, 20, 30, 45])))
print(list(running_total([0.1, 0.2, 0.3])))
