def readings(raw):
    for r in raw:
        try:
            yield float(r)
        except ValueError:
            raise TypeError("unreadable sensor value " + repr(r))
print(list(readings(["1", "2.5"])))
print(sum(readings(["0.5", "0.25"])))
total = 0.0
for x in readings(["1.5", "2", "n/a", "3"]):
    total += x
    print("reading", x, "total", total)
