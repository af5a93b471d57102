data = [3.5, -1.25, 7.0, 0.1, 2.2]
print(min(data), max(data), sum(data))
print(sorted(data), sorted(data, reverse=True))
print(sum(data) / len(data))
print(max(data, key=abs), min(data, key=abs))
print(sum([1, 2.5, 3]), sum([], 0.0), sum([0.1, 0.2], 0.5))
total = 0
for x in data:
    total += x
print(total, total == sum(data))
print(min(1, 1.0), max(1.0, 1), min(-0.0, 0.0), max(0.0, -0.0))
avg = sum(range(1, 11)) / 10
print(avg, type(avg).__name__)
print(round(sum(data) / len(data), 3))
