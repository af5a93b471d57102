def windows(seq, size):
    window = []
    for item in seq:
        window.append(item)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)
prices = [10, 12, 11, 15, 18, 17, 21]
for w in windows(prices, 3):
    print(w, "avg", round(sum(w) / len(w), 2))
print(list(windows("abcd", 2)))
def pairwise_diff(seq):
    prev = None
    for x in seq:
        if prev is not None:
            yield x - prev
        prev = x
print(list(pairwise_diff(prices)))
print(max(windows(prices, 2), key=lambda p: p[1] - p[0]))
