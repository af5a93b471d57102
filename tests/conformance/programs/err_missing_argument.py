def area(w, h):
    return w * h
print(area(3, 4))
print(area(w=2, h=5))
print(area(*[6, 7]))
def report(items):
    for it in items:
        print("area of", it, "=", area(*it))
report([(1, 2), (3, 4)])
report([(5, 6), (5,)])
print("never printed")
