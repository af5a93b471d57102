def make_filters(thresholds):
    return [lambda x, t=t: x > t for t in thresholds]
fs = make_filters([0, 5, 10])
for x in [-1, 3, 7, 12]:
    print(x, [f(x) for f in fs])
def scale_by(k):
    return lambda xs: [x * k for x in xs]
print(scale_by(3)([1, 2, 3]), scale_by(-1)([4]))
def boxed():
    n = [0]
    bump = lambda: n.append(len(n)) or n
    return bump
bump = boxed()
print(bump(), bump())
def key_by(idx):
    return lambda row: row[idx]
rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 5.0)]
for i in range(3):
    print(i, sorted(rows, key=key_by(i)))
