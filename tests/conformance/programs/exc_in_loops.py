data = ["10", "x", "30", "", "-5", "4.5"]
total = 0
errors = []
for item in data:
    try:
        total += int(item)
    except ValueError as e:
        errors.append(str(e))
        continue
    finally:
        print("processed", repr(item))
print(total)
for e in errors:
    print(e)
results = []
for d in [2, 0, 5, 0, 1]:
    try:
        results.append(100 // d)
    except ZeroDivisionError:
        results.append(None)
print(results)
i = 0
while True:
    try:
        i += 1
        if i == 4:
            raise StopIteration("manual stop")
    except StopIteration as e:
        print("stopped:", e, e.value)
        break
