# := in comprehensions binds in the enclosing scope: the last value seen, a running
# total, and a witness found by any().
def running_totals(values):
    total = 0
    return [total := total + v for v in values], total


print(running_totals([3, 4, 5]))
data = [5, 8, 13, 21, 34]
if any((witness := d) % 2 == 0 for d in data):
    print("first even:", witness)
print([(y := x * x) for x in range(4)], y)
print({k: (last := v) for k, v in zip("abc", range(3))}, last)


def scan(lines):
    found = [m for line in lines if (m := line.find("!")) >= 0]
    return found, m


print(scan(["hi!", "no", "yes!!"]))


def nested():
    pairs = [[(cell := i * j) for j in range(3)] for i in range(3)]
    return pairs, cell


print(nested())
gen = (z := n + 1 for n in range(3))
print(list(gen), z)
