def mean(values):
    assert len(values) > 0, "mean() of empty list"
    return sum(values) / len(values)
samples = [[1, 2, 3], [10], [2.5, 3.5]]
for s in samples:
    print("mean of", s, "is", mean(s))
try:
    mean([])
except AssertionError as e:
    print("caught once:", e)
print("now without a handler")
print(mean([]))
