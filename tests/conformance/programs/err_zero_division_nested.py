def ratio(a, b):
    return a / b
def summarize(pairs):
    out = []
    for a, b in pairs:
        out.append(ratio(a, b))
        print("ok", a, b)
    return out
print(summarize([(1, 2), (3, 4)]))
summarize([(5, 5), (1, 0), (2, 2)])
